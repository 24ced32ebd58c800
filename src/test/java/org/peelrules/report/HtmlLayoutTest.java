package org.peelrules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;
import org.peelrules.replay.Replay;

/**
 * The HTML report laid out by a real browser (headless Chromium, as `.ci/run` installs it) at a phone's width
 * and a desktop's: nothing wider than the viewport, and no two of the boxes a reader reads (the judgments, the
 * area headings and badges, the findings) overlapping. The page is loaded in a frame of the width under test,
 * with a script added to the copy that measures it; the report itself carries no script.
 */
class HtmlLayoutTest {
    private static final String CHECK = """
            <script>
            (function () {
              var width = window.innerWidth, problems = [];
              if (document.documentElement.scrollWidth > width) {
                problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in ' + width);
              }
              var boxes = [].slice.call(document.querySelectorAll(
                  '.tier h3, .tier a, section > h2, .badge, .finding, .whynot, header h1, .descriptor'));
              for (var i = 0; i < boxes.length; i++) {
                for (var j = i + 1; j < boxes.length; j++) {
                  if (boxes[i].contains(boxes[j]) || boxes[j].contains(boxes[i])) continue;
                  var a = boxes[i].getBoundingClientRect(), b = boxes[j].getBoundingClientRect();
                  if (a.width && b.width && a.left < b.right - 0.5 && b.left < a.right - 0.5
                      && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                    problems.push('"' + boxes[i].textContent.trim().slice(0, 40) + '" overlaps "'
                        + boxes[j].textContent.trim().slice(0, 40) + '"');
                  }
                }
              }
              document.body.setAttribute('data-layout', JSON.stringify({ width: width, problems: problems }));
            })();
            </script>
            """;
    private static final Pattern RESULT = Pattern.compile("data-result=\"([^\"]*)\"");

    static Stream<Arguments> reports() {
        return Stream.of("west-mercia-2021-22", "synthetic-failing-force").flatMap(example -> Stream.of(360, 1280)
                .map(width -> Arguments.of(example, width)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("reports")
    void theReportFitsTheWidthWithNothingOverlapping(String example, int width, @TempDir Path tmp) throws Exception {
        Optional<String> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no headless Chromium on the PATH (apt-get install chromium; .ci/run does)");
        String html = HtmlReport.render(TestRules.evaluator().evaluate(
                SubmissionReader.read(TestRules.EXAMPLES.resolve(example).resolve(Replay.EVIDENCE))));
        Path harness = tmp.resolve("harness.html");
        Files.writeString(harness, harness(html.replace("</body>", CHECK + "</body>"), width), StandardCharsets.UTF_8);

        JsonNode layout = Json.json().readTree(layout(chromium.get(), harness, tmp));
        assertThat(layout.path("width").asInt()).as("the frame's viewport").isEqualTo(width);
        assertThat(layout.path("problems")).as("layout problems at %d px", width).isEmpty();
    }

    /** A page holding the report in a frame of the given width, which copies the frame's verdict to itself. */
    private static String harness(String page, int width) {
        return "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" style=\"width:" + width
                + "px;height:4000px;border:0\" srcdoc=\"" + page.replace("&", "&amp;").replace("\"", "&quot;")
                + "\"></iframe><script>document.getElementById('f').addEventListener('load', function () {"
                + " document.body.setAttribute('data-result', this.contentDocument.body.getAttribute('data-layout'));"
                + " });</script></body></html>";
    }

    /** Loads the page in headless Chromium and returns the verdict the page wrote into its DOM. */
    private static String layout(String chromium, Path page, Path tmp) throws Exception {
        Path dom = tmp.resolve("dom.html");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + tmp.resolve("profile"), "--window-size=1400,900", "--virtual-time-budget=5000",
                "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish loading the report");
        }
        Matcher m = RESULT.matcher(Files.readString(dom, StandardCharsets.UTF_8));
        assertThat(m.find()).as("the page recorded its layout").isTrue();
        return m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Optional<String> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }
}
