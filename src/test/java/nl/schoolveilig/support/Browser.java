package nl.schoolveilig.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages ({@code apt-get install chromium chromium-driver}),
 * driven by its own chromedriver: nothing is downloaded. Without the packages the browser tests
 * are skipped with that instruction.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Browser() {
    }

    /**
     * Waits across a page change. While the old page goes, Chromium may answer a look at its elements
     * with a plain error instead of "stale element"; that is asked again, not failed on.
     */
    public static WebDriverWait pageChange(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Logs in through our login page and waits until the page after it has come. */
    public static void logIn(WebDriver browser, String baseUrl, String user) {
        browser.get(baseUrl + "/login");
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("demo");
        org.openqa.selenium.WebElement button = browser.findElement(
                org.openqa.selenium.By.cssSelector("form button[type=submit]"));
        button.click();
        pageChange(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
    }

    public static ChromeDriver start() {
        return start("en-US");
    }

    /** @param language what the browser asks pages for ({@code Accept-Language}), e.g. {@code nl-NL} */
    public static ChromeDriver start(String language) {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("schoolveilig-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1600", "--user-data-dir=" + profile,
                "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
