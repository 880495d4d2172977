package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

/** Sessions survive a round trip; anything that is not a session of this major version is refused, untouched. */
class SessionFileTest {

    @TempDir
    Path dir;

    private static Session edited() {
        Map<LawPreset, ScalingLaw> laws = new EnumMap<>(LawPreset.class);
        laws.put(LawPreset.CHINCHILLA_2022, LawPreset.CHINCHILLA_2022.law().withConstant(ChinchillaLaw.ALPHA, 0.3712345678901234));
        laws.put(LawPreset.KAPLAN_2020, LawPreset.KAPLAN_2020.law().withConstant(KaplanLaw.N_C, 1.234e14));
        ArrayNode budgets = JsonNodeFactory.instance.arrayNode();
        budgets.addObject().put("flops", 5.76e23).put("label", "Chinchilla");
        ObjectNode repetition = JsonNodeFactory.instance.objectNode().put("unique_tokens", 1e11).put("epochs", 4);
        ArrayNode runs = JsonNodeFactory.instance.arrayNode();
        runs.addObject().put("params", 7e7).put("tokens", 1.4e9).put("loss", 3.1);
        ArrayNode fits = JsonNodeFactory.instance.arrayNode();
        fits.addObject().put("approach", 3).put("E", 1.7);
        return new Session(LawPreset.EPOCH_2024, laws, "power-laws", budgets, repetition, runs, fits);
    }

    @Test
    void roundTripKeepsEverything() throws Exception {
        Session session = edited();
        Path file = dir.resolve("work.slx.json");
        SessionFile.write(session, file);
        Session read = SessionFile.read(file);
        assertEquals(session, read);
        assertEquals(0.3712345678901234, read.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
        assertEquals(LawPreset.EPOCH_2024, read.activePreset());
        assertEquals(5.76e23, read.budgets().get(0).get("flops").asDouble());
        // Written again, the same bytes but the saved_at stamp.
        SessionFile.write(read, dir.resolve("again.slx.json"));
        assertEquals(withoutStamp(file), withoutStamp(dir.resolve("again.slx.json")));
        String json = Files.readString(file);
        assertTrue(json.contains("\"format_version\" : \"1.0\""), json);
    }

    @Test
    void publishedSessionRoundTrips() throws Exception {
        Path file = dir.resolve("new.slx.json");
        SessionFile.write(Session.published(), file);
        assertEquals(Session.published(), SessionFile.read(file));
    }

    @Test
    void unknownFieldsOfTheSameMajorVersionAreIgnored() throws Exception {
        Path file = dir.resolve("later-minor.slx.json");
        Files.writeString(file, """
                {
                  "format_version": "1.7",
                  "active_law": "kaplan",
                  "colour_of_the_day": "teal",
                  "laws": {
                    "chinchilla": {"E": 1.8, "gamma": 0.1},
                    "a-law-from-the-future": {"k": 2}
                  },
                  "view": {"last_view": "fit", "zoom": 2.5},
                  "budgets": [{"flops": 1e21}]
                }
                """);
        Session session = SessionFile.read(file);
        assertEquals(LawPreset.KAPLAN_2020, session.activePreset());
        assertEquals(1.8, session.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.E));
        assertEquals(LawPreset.CHINCHILLA_2022.law().constant(ChinchillaLaw.A), session.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.A));
        assertEquals(LawPreset.EPOCH_2024.law(), session.law(LawPreset.EPOCH_2024));
        assertEquals("fit", session.lastView());
        assertEquals(1, session.budgets().size());
    }

    @Test
    void newerMajorVersionIsRefusedAndTheFileLeftAlone() throws Exception {
        Path file = dir.resolve("from-the-future.slx.json");
        Files.writeString(file, "{\n  \"format_version\": \"2.0\",\n  \"laws\": {}\n}\n");
        SessionFileException error = refusedUntouched(file);
        assertTrue(error.getMessage().contains("newer"), error.getMessage());
        assertTrue(error.getMessage().contains("2.0"), error.getMessage());
        assertEquals("format_version", error.field());
        assertEquals(2, error.line());
    }

    @Test
    void truncatedFileIsRefusedWithItsLine() throws Exception {
        byte[] whole = SessionFile.toBytes(edited());
        Path file = dir.resolve("truncated.slx.json");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        SessionFileException error = refusedUntouched(file);
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
        assertTrue(error.line() > 1, "no line in " + error.getMessage());
        assertTrue(error.getMessage().contains("line " + error.line()), error.getMessage());
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = dir.resolve("noise.slx.json");
        Files.write(file, noise);
        SessionFileException error = refusedUntouched(file);
        assertTrue(error.getMessage().contains("not UTF-8 text"), error.getMessage());
        assertEquals(1, error.line());
    }

    @Test
    void emptyAndForeignJsonAreRefused() throws Exception {
        Path empty = dir.resolve("empty.slx.json");
        Files.write(empty, new byte[0]);
        assertTrue(refusedUntouched(empty).getMessage().contains("empty"));
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[1, 2, 3]");
        assertTrue(refusedUntouched(array).getMessage().contains("top level is a JSON array"));
        Path other = dir.resolve("package.json");
        Files.writeString(other, "{\"name\": \"left-pad\"}");
        assertTrue(refusedUntouched(other).getMessage().contains("has no format_version"));
    }

    @Test
    void badValueIsRefusedNamingItsFieldAndLine() throws Exception {
        Path file = dir.resolve("bad.slx.json");
        Files.writeString(file, """
                {
                  "format_version": "1.0",
                  "laws": {
                    "chinchilla": {
                      "alpha": -0.3
                    }
                  }
                }
                """);
        SessionFileException error = refusedUntouched(file);
        assertEquals("laws.chinchilla.alpha", error.field());
        assertEquals(5, error.line());
        assertTrue(error.getMessage().startsWith(file.toString() + ": line 5, column 16, field laws.chinchilla.alpha:"),
                error.getMessage());

        Files.writeString(file, "{\"format_version\": \"1.0\", \"laws\": {\"kaplan\": {\"N_c\": \"big\"}}}");
        error = refusedUntouched(file);
        assertEquals("laws.kaplan.N_c", error.field());
        assertTrue(error.getMessage().contains("must be a number"), error.getMessage());

        Files.writeString(file, "{\"format_version\": \"1.0\", \"active_law\": \"gpt\"}");
        assertEquals("active_law", refusedUntouched(file).field());

        Files.writeString(file, "{\"format_version\": \"1.0\", \"budgets\": {\"flops\": 1}}");
        assertEquals("budgets", refusedUntouched(file).field());
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.slx.json");
        SessionFileException error = assertThrows(SessionFileException.class, () -> SessionFile.read(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
    }

    /** Reads a file that must be refused and checks the refusal named it and left its bytes as they were. */
    private static SessionFileException refusedUntouched(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        SessionFileException error = assertThrows(SessionFileException.class, () -> SessionFile.read(file));
        assertTrue(error.getMessage().startsWith(file.toString()), "the message does not name the file: " + error.getMessage());
        assertEquals(file, error.file());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
        return error;
    }

    private static String withoutStamp(Path file) throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        tree.remove("saved_at");
        return tree.toString();
    }
}
