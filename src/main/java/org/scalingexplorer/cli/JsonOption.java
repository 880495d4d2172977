package org.scalingexplorer.cli;

import picocli.CommandLine.Option;

/** {@code --json}: the commands that print results print JSON instead of text. */
final class JsonOption {
    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;
}
