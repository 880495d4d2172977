package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.law.ConstantBounds;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;

/**
 * Generated damage to a good run file and a good session: random truncations, byte flips, inserted
 * quotes and line breaks, and random numeric strings in place of numbers. Whatever comes out is either
 * refused with one line that names the file and the line (and the field where there is one) or read
 * into finite values within their ranges; no other exception escapes and no case takes more than a few
 * seconds. Seeded: a failure names its seed and case so it can be replayed.
 */
class MangledFilesTest {

    /** The seed; {@code -Dmangled.seed=N} replays or widens the search. */
    private static final long SEED = Long.getLong("mangled.seed", 20261130L);
    private static final int CASES = 400;
    private static final Pattern NAMES_A_LINE = Pattern.compile(".*\\bline:? \\d+.*");

    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mangled-file-reader");
        thread.setDaemon(true);
        return thread;
    });

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private static String goodRunFile(SplittableRandom random) {
        StringBuilder text = new StringBuilder("params,tokens,loss,flops,unique_tokens,group,name\n");
        for (int i = 0; i < 30; i++) {
            double params = 1e7 * Math.pow(10, random.nextDouble(3));
            double tokens = 1e9 * Math.pow(10, random.nextDouble(3));
            text.append(params).append(',').append(tokens).append(',').append(2 + random.nextDouble()).append(',')
                    .append(i % 3 == 0 ? "" : Double.toString(6 * params * tokens)).append(',')
                    .append(i % 4 == 0 ? Double.toString(tokens / 2) : "").append(",g").append(i % 5)
                    .append(",\"run ").append(i).append("\"\n");
        }
        return text.toString();
    }

    private static String goodSession() {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            runs.append(i == 0 ? "" : ",\n    ").append("{\"params\": ").append(1e8 * (i + 1)).append(", \"tokens\": ")
                    .append(2e10 + i).append(", \"flops\": ").append(6 * 1e8 * (i + 1) * (2e10 + i))
                    .append(", \"loss\": ").append(2.5 - 0.01 * i).append(", \"name\": \"r").append(i).append("\"}");
        }
        return "{\n  \"format_version\": \"1.0\",\n  \"active_law\": \"epoch\",\n  \"laws\": {\n"
                + "    \"chinchilla\": {\"E\": 1.69, \"A\": 406.4, \"B\": 410.7, \"alpha\": 0.34, \"beta\": 0.28},\n"
                + "    \"kaplan\": {\"alpha_N\": 0.076, \"alpha_D\": 0.095, \"N_c\": 8.8e13, \"D_c\": 5.4e13}\n  },\n"
                + "  \"view\": {\"last_view\": \"fit\", \"settings\": {\"allocation.log10_flops\": 22.5}},\n"
                + "  \"budgets\": [{\"flops\": 5.76e23}],\n  \"repetition\": {\"epochs\": 4},\n"
                + "  \"imported_runs\": [\n    " + runs + "\n  ],\n"
                + "  \"fit_results\": [{\"approach\": \"APPROACH_3\", \"resamples\": 200, \"exclude_highest_loss\": 0}]\n}\n";
    }

    @Test
    void aMangledRunFileIsRefusedByLineAndFieldOrReadFinite() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        int accepted = 0;
        int refused = 0;
        for (int n = 0; n < CASES; n++) {
            byte[] bytes = mangle(goodRunFile(random).getBytes(StandardCharsets.UTF_8), random);
            Path file = Files.write(dir.resolve("runs-" + n + ".csv"), bytes);
            String replay = "seed " + SEED + ", case " + n + ": " + file;
            Object outcome = withinSeconds(() -> {
                try {
                    return RunImporter.read(file);
                } catch (IllegalArgumentException refusal) {
                    return refusal;
                }
            }, replay);
            if (outcome instanceof IllegalArgumentException refusal) {
                refused++;
                String message = refusal.getMessage();
                assertOneLine(message, replay);
                assertTrue(message.startsWith(file.toString()), replay + ": " + message);
                assertTrue(NAMES_A_LINE.matcher(message).matches() || message.endsWith("empty file, expected a header with "
                        + "columns params, tokens, loss"), replay + ": names no line: " + message);
            } else {
                accepted++;
                RunImport imported = (RunImport) outcome;
                for (TrainingRun run : imported.runs()) {
                    assertTrue(PhysicalRange.PARAMS.contains(run.params()) && PhysicalRange.TOKENS.contains(run.tokens())
                            && PhysicalRange.LOSS.contains(run.loss()) && Double.isFinite(run.flops())
                            && (Double.isNaN(run.uniqueTokens()) || PhysicalRange.TOKENS.contains(run.uniqueTokens())),
                            replay + ": " + run);
                }
                for (RowProblem problem : imported.problems()) {
                    assertTrue(problem.lineNumber() >= 2 && !problem.field().isEmpty(), replay + ": " + problem);
                    assertOneLine(problem.toString(), replay);
                }
            }
        }
        assertTrue(accepted > CASES / 10 && refused > CASES / 20, "the damage both passes and fails: " + accepted
                + " accepted, " + refused + " refused");
    }

    @Test
    void aMangledSessionIsRefusedByFileLineAndFieldOrReadWithinRange() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int accepted = 0;
        int refused = 0;
        for (int n = 0; n < CASES; n++) {
            byte[] bytes = mangle(goodSession().getBytes(StandardCharsets.UTF_8), random);
            Path file = dir.resolve("session-" + n + ".slx.json");
            String replay = "seed " + (SEED + 1) + ", case " + n + ": " + new String(bytes, StandardCharsets.UTF_8);
            Object outcome = withinSeconds(() -> {
                try {
                    return SessionFile.parse(bytes, file);
                } catch (SessionFileException refusal) {
                    return refusal;
                }
            }, Limits.excerpt(replay, 300));
            if (outcome instanceof SessionFileException refusal) {
                refused++;
                assertOneLine(refusal.getMessage(), replay);
                assertTrue(refusal.getMessage().startsWith(file.toString()), refusal.getMessage());
                assertTrue(refusal.line() > 0 || !refusal.field().isEmpty() || WHOLE_FILE.stream().anyMatch(
                        refusal.problem()::startsWith), "names neither line nor field: " + refusal.getMessage());
            } else {
                accepted++;
                Session session = (Session) outcome;
                for (LawPreset preset : LawPreset.values()) {
                    for (LawConstant constant : session.law(preset).constants()) {
                        assertTrue(ConstantBounds.of(constant.key()).orElseThrow().contains(constant.value()),
                                Limits.excerpt(replay, 300) + ": " + preset.id() + "." + constant);
                    }
                }
                for (Map.Entry<String, Double> setting : session.viewSettings().entrySet()) {
                    assertTrue(Double.isFinite(setting.getValue()), setting.toString());
                }
                session.importedRuns().forEach(run -> assertTrue(PhysicalRange.LOSS.contains(run.get("loss").asDouble()),
                        run.toString()));
            }
        }
        assertTrue(accepted > CASES / 20 && refused > CASES / 4, "the damage both passes and fails: " + accepted
                + " accepted, " + refused + " refused");
    }

    /** Refusals of a file as a whole, which have no line or field to name. */
    private static final List<String> WHOLE_FILE = List.of("is empty", "has no format_version",
            "not a session file: the top level");

    /** One of: a truncation, byte flips, inserted quotes or line breaks, a random number in place of a number. */
    static byte[] mangle(byte[] good, SplittableRandom random) {
        byte[] bytes = good.clone();
        switch (random.nextInt(5)) {
            case 0 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1 -> {
                for (int flips = 1 + random.nextInt(5); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> {
                byte[] inserts = {'"', '\n', '\r', ',', '{', '[', '\t', 0};
                List<Byte> list = new ArrayList<>();
                for (byte b : bytes) {
                    list.add(b);
                }
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    list.add(random.nextInt(list.size()), inserts[random.nextInt(inserts.length)]);
                }
                bytes = new byte[list.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = list.get(i);
                }
            }
            default -> bytes = replaceNumbers(new String(bytes, StandardCharsets.UTF_8), random).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    /** Replaces one or two numbers of the text with random numeric strings. */
    private static String replaceNumbers(String text, SplittableRandom random) {
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher numbers = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?").matcher(text);
        while (numbers.find()) {
            spans.add(new int[] {numbers.start(), numbers.end()});
        }
        String result = text;
        for (int k = 1 + random.nextInt(2); k > 0 && !spans.isEmpty(); k--) {
            int[] span = spans.remove(random.nextInt(spans.size()));
            result = result.substring(0, span[0]) + randomNumber(random) + result.substring(span[1]);
            int shift = result.length() - text.length();
            text = result;
            for (int[] other : spans) {
                if (other[0] > span[0]) {
                    other[0] += shift;
                    other[1] += shift;
                }
            }
        }
        return result;
    }

    static String randomNumber(SplittableRandom random) {
        return switch (random.nextInt(14)) {
            case 0 -> "0x1p" + random.nextInt(100);
            case 1 -> "1e-" + (300 + random.nextInt(30));
            case 2 -> "1e" + (300 + random.nextInt(30));
            case 3 -> "NaN";
            case 4 -> "-Infinity";
            case 5 -> "9".repeat(1 + random.nextInt(200));
            case 6 -> "-" + random.nextDouble() * 1e6;
            case 7 -> "0";
            case 8 -> "1e9d";
            case 9 -> ".";
            case 10 -> Double.toString(Double.MIN_VALUE * (1 + random.nextInt(1000)));
            case 11 -> random.nextDouble() + "e" + (random.nextInt(80) - 40);
            case 12 -> "1_000";
            default -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
        };
    }

    private static void assertOneLine(String message, String replay) {
        assertTrue(message != null && !message.contains("\n") && !message.contains("\r") && message.length() < 600,
                Limits.excerpt(replay, 300) + ": " + Limits.excerpt(message, 700));
    }

    private Object withinSeconds(java.util.concurrent.Callable<Object> read, String replay) throws Exception {
        Future<Object> outcome = worker.submit(read);
        try {
            return outcome.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            fail("hung: " + replay);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("an exception escaped (" + replay + "): " + e.getCause(), e.getCause());
        }
    }

    @Test
    void theGeneratorsAreSeeded() {
        assertEquals(randomNumber(new SplittableRandom(7)), randomNumber(new SplittableRandom(7)));
        byte[] good = goodSession().getBytes(StandardCharsets.UTF_8);
        assertEquals(new String(mangle(good, new SplittableRandom(3)), StandardCharsets.UTF_8),
                new String(mangle(good, new SplittableRandom(3)), StandardCharsets.UTF_8));
    }
}
