package org.careplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of the installed app are kept in one file, {@code installer/jvm-options.txt} (ADR 0023), and the
 * installer, {@code ./mvnw javafx:run} and the benchmark's start of the app all use that file, so what is measured
 * is what is shipped.
 */
class JvmOptionsTest {

    private static List<String> options() throws IOException {
        return Files.readAllLines(Bench.JVM_OPTIONS, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    @Test
    void theFileHoldsOneOptionALine() throws IOException {
        assertThat(Bench.JVM_OPTIONS).isEqualTo(Path.of("installer/jvm-options.txt"));
        assertThat(options()).isNotEmpty().allSatisfy(option -> assertThat(option).startsWith("-").doesNotContain(" "));
    }

    @Test
    void aJvmAcceptsThem() throws Exception {
        // An option the JVM does not know stops it with exit code 1 ("Unrecognized VM option").
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "@" + Bench.JVM_OPTIONS.toAbsolutePath(), "-version")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void theHeapIsCappedWithRoomForTheLargestImport() throws IOException {
        // Set when importing the largest plan file accepted (then 20 MB) kept about 160 MB of Java objects at its peak;
        // import now reads one plan at a time (ADR 0033) and the export is written as it is read (ADR 0028), so every
        // piece of work needs far less. One ceiling, kept at least at that old peak twice over.
        List<String> caps = options().stream().filter(option -> option.startsWith("-Xmx")).toList();
        assertThat(caps).hasSize(1);
        assertThat(megabytes(caps.get(0).substring(4))).isGreaterThanOrEqualTo(320);
        assertThat(options()).noneMatch(option -> option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM"));
    }

    private static long megabytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long number = Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1));
        return switch (unit) {
            case 'g' -> number * 1024;
            case 'm' -> number;
            case 'k' -> number / 1024;
            default -> number / (1024 * 1024);
        };
    }

    @Test
    void theInstallerGivesEachToTheLauncher() throws IOException {
        String build = Files.readString(Path.of("installer/build.sh"), StandardCharsets.UTF_8);
        assertThat(build).contains("done < installer/jvm-options.txt")
                .contains("JAVA_OPTIONS+=(--java-options \"$option\")")
                .containsPattern("jpackage --type app-image [^\\n]*(\\\\\\n[^\\n]*)*\"\\$\\{JAVA_OPTIONS\\[@\\]\\}\"");
    }

    @Test
    void javafxRunPassesTheFileToJava() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        assertThat(plugin.substring(0, plugin.indexOf("</plugin>")))
                .contains("<option>@${project.basedir}/installer/jvm-options.txt</option>");
    }
}
