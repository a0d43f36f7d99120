package org.quotecheck.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) for the browser tests. When either
 * is missing the tests are skipped with a message saying so, never passed silently.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path AXE = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.profile = profile;
    }

    static Optional<Path> executable(String property, String... candidates) {
        return Stream.concat(Stream.ofNullable(System.getProperty(property)).map(Path::of),
                Stream.of(candidates).map(Path::of)).filter(Files::isExecutable).findFirst();
    }

    /** Opens a fresh browser with its own profile (so: its own cookies) against {@code base}. */
    static Browser open(String base) throws IOException {
        Optional<Path> chromium = executable("quotecheck.chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<Path> chromedriver = executable("quotecheck.chromedriver", "/usr/bin/chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
                "SKIPPED: no Chromium/chromedriver found (install Debian's chromium and chromium-driver, "
                        + "as .ci/run does): browser tests were not run");
        Path profile = Files.createTempDirectory("qc-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, base, profile);
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Browser type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    String text() {
        return find("body").getText();
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    Browser submit(String css) {
        WebElement page = find("html");
        find(css).click();
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20));
        // Under load chromedriver may report the old page's node as "not in the document" rather
        // than stale; both mean the page was replaced.
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        // The old page is gone; wait until the new one has finished loading before touching it.
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    Browser signIn(String user, String password) {
        go("/login");
        type("#j_username", user).type("#j_password", password);
        return submit("form[action='/j_security_check'] button[type=submit]");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Browser phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        return this;
    }

    /** Saves a full-window screenshot as target/screenshots/{name}.png and returns its size. */
    long screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        return Files.size(file);
    }

    /**
     * Runs axe-core (WCAG 2.x A and AA rules plus best practices) on the current page and fails on
     * any serious or critical violation. Returns all violations found, for the record.
     */
    @SuppressWarnings("unchecked")
    List<String> assertAccessible(String page) throws IOException {
        Assumptions.assumeTrue(Files.isReadable(AXE),
                "SKIPPED: " + AXE + " is missing (npm was not available in the build): axe check not run on " + page);
        js(Files.readString(AXE));
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || 'minor', nodes: v.nodes.length,
                                                          help: v.help, target: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', nodes: 0, help: String(e), target: ''}]));
                """);
        List<String> all = new ArrayList<>();
        List<String> blocking = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            String line = v.get("impact") + " " + v.get("id") + " (" + v.get("nodes") + "): " + v.get("help")
                    + " at " + v.get("target");
            all.add(line);
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                blocking.add(line);
            }
        }
        Files.createDirectories(SCREENSHOTS);
        Object htmlLength = js("return new TextEncoder().encode(document.documentElement.outerHTML).length;");
        Files.writeString(SCREENSHOTS.resolve(page + ".axe.txt"),
                (all.isEmpty() ? "no violations\n" : String.join("\n", all) + "\n") + "html bytes: " + htmlLength + "\n");
        assertTrue(blocking.isEmpty(), "axe found serious/critical violations on " + page + ":\n"
                + String.join("\n", blocking));
        return all;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
