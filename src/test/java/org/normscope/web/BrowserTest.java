package org.normscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.TestStores;
import org.normscope.app.Normscope;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A reader's main path in a real headless Chromium (Debian's chromium and chromium-driver):
 * home → organisation → change the date → state → instrument → article → source. It asserts
 * what the reader sees and saves a screenshot of each step under target/screenshots.
 */
class BrowserTest {
    @TempDir static Path dir;
    static Normscope store;
    static WebServer server;
    static ChromeDriver browser;
    static final Path SHOTS = Path.of("target/screenshots");

    @BeforeAll
    static void start() throws Exception {
        store = Normscope.open(TestStores.sqlite(dir), Clock.systemUTC(), true);
        server = WebServer.start(store, "127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("NORMSCOPE_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"), "--window-size=1280,1800", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("NORMSCOPE_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.stop();
        store.close();
    }

    static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    static List<String> names(String role) {
        WebElement heading = browser.findElements(By.cssSelector("h3")).stream()
                .filter(h -> h.getText().startsWith(role + " (")).findFirst().orElseThrow(() -> new AssertionError("no " + role + " heading"));
        WebElement table = heading.findElement(By.xpath("following-sibling::table[1]"));
        return table.findElements(By.cssSelector("tbody tr td:first-child a")).stream().map(WebElement::getText).toList();
    }

    static void setDate(String day) {
        WebElement at = browser.findElement(By.id("at"));
        // a date input's typing order depends on the locale; set its value as a picker would, then submit as a reader does
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", at, day);
        browser.findElement(By.cssSelector("form.when button")).click();
        // the click starts a navigation; wait until the new page has loaded before reading it
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.getCurrentUrl().contains("at=" + day)
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                        && d.findElement(By.cssSelector(".asof")).getText().startsWith("As of " + day));
    }

    @Test
    void aReadersPath_throughTheSco_onTwoDates() throws Exception {
        browser.get(base() + "/");
        assertEquals("International cyber governance, dated and sourced — Normscope", browser.getTitle());
        shot("01-home");

        browser.findElement(By.linkText("Shanghai Cooperation Organisation")).click();
        assertEquals("Shanghai Cooperation Organisation", browser.findElement(By.tagName("h1")).getText());

        setDate("2014-09-12");
        assertTrue(browser.getCurrentUrl().contains("at=2014-09-12"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".asof")).getText().startsWith("As of 2014-09-12"));
        assertEquals(List.of("China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"), names("member"));
        assertTrue(names("observer").contains("India"), names("observer").toString());
        assertEquals("observer", mapRole("India"));
        shot("02-sco-2014-09-12");

        setDate("2017-06-10");
        List<String> members = names("member");
        assertEquals(8, members.size(), members.toString());
        assertTrue(members.contains("India") && members.contains("Pakistan"));
        assertEquals("member", mapRole("India"));
        assertEquals(Palette.role(org.normscope.model.Role.MEMBER), mapFill("India"));
        shot("03-sco-2017-06-10");

        browser.findElement(By.linkText("India")).click();
        assertEquals("India", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().contains("at=2017-06-10"), "the date follows the reader");
        assertTrue(browser.getPageSource().contains("Shanghai Cooperation Organisation"));
        shot("04-india");

        browser.get(base() + "/instrument/international-code-of-conduct-for-information-security?at=2017-06-10");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("International code of conduct"));
        assertTrue(browser.findElements(By.cssSelector("table.participants tbody tr")).size() >= 6);
        shot("05-code-of-conduct");

        browser.findElements(By.cssSelector("a")).stream().filter(a -> a.getAttribute("href") != null
                && a.getAttribute("href").contains("/article/")).findFirst().orElseThrow().click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 10);
        assertTrue(browser.findElements(By.cssSelector("article.body sup a, article.body section li")).size() > 0, "the article has footnotes");
        shot("06-article");

        browser.findElement(By.cssSelector(".sources li a")).click();
        assertTrue(browser.getCurrentUrl().contains("/source/"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".citation")).getText().length() > 10);
        assertTrue(browser.findElements(By.cssSelector("section ul li")).size() > 0, "a source lists what it supports");
        shot("07-source");
    }

    /** The category the map's shape for a state says it is in, from the shape's own title. */
    static String mapRole(String state) {
        for (WebElement title : browser.findElements(By.cssSelector("svg.map path title"))) {
            String t = title.getAttribute("textContent");
            if (t.startsWith(state + ": ")) {
                return t.substring(state.length() + 2);
            }
        }
        return "none";
    }

    static String mapFill(String state) {
        for (WebElement path : browser.findElements(By.cssSelector("svg.map path"))) {
            String t = path.findElement(By.tagName("title")).getAttribute("textContent");
            if (t.startsWith(state + ": ")) {
                return path.getAttribute("fill");
            }
        }
        return "";
    }
}
