package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.tenancy.Tenancy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The allocation as the ministry clicks it: import a key → allocate round 2026-2030 → check the
 * preview → publish; then Rødovre's forvaltning sees its grant and opens its allocation letter.
 */
class FundingFlowBrowserTests extends BrowserTestSupport {

    /** 195.900.000 kr. × 1.959 / 391.800 = 979.500 kr. a year, exactly. */
    static final long ROEDOVRE_CHILDREN = 1_959;

    static final long TOTAL_CHILDREN = 391_800;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    @Test
    void theMinistryAllocatesTheRoundAndRoedovreSeesItsGrantAndLetter() throws Exception {
        Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("update allocation set status = 'DISCARDED' where status = 'PREVIEW'")
                .update());
        String keyName = "Browsernøgle " + System.nanoTime();
        Path csv = files.resolve("noegle.csv");
        Files.writeString(csv, keyFile(), StandardCharsets.UTF_8);

        logIn("ministeriet", PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/puljer']"));
        screenshot("funding-1-puljer");
        follow(By.cssSelector("main a[href='/puljer/noegler']"));
        find(By.id("name")).sendKeys(keyName);
        find(By.id("referenceYear")).sendKeys("2026");
        find(By.id("source")).sendKeys("Danmarks Statistik (test)");
        find(By.id("file")).sendKeys(csv.toString());
        follow(By.cssSelector("main form button[type=submit]"));
        assertThat(text(By.tagName("h1"))).isEqualTo(keyName);
        screenshot("funding-2-noegle");

        visit("/puljer/fordelinger/ny");
        new Select(find(By.id("roundId"))).selectByVisibleText("Tildelingsrunde 2026-2030 (2026-2030)");
        new Select(find(By.id("keyId"))).selectByVisibleText(keyName + " (391.800)");
        follow(By.cssSelector("main form button[type=submit]"));
        assertThat(text(By.id("allocation-status"))).isEqualTo("Forhåndsvisning");
        assertThat(text(By.id("allocation-total"))).contains("195.900.000 kr.").contains("979.500.000 kr.");
        assertThat(text(By.cssSelector("tr[data-kommune='175']"))).contains("979.500 kr.");
        screenshot("funding-3-forhaandsvisning");

        follow(By.id("publish"));
        assertThat(text(By.id("allocation-status"))).isEqualTo("Offentliggjort");
        logOut();

        logIn("forvaltning.roedovre", PASSWORD);
        visit("/tilskud/tildelinger");
        String page = text(By.tagName("main"));
        assertThat(page)
                .contains("Tildelingsrunde 2026-2030, tilskud for 2026-2030")
                .contains("979.500 kr.")
                .contains("4.897.500 kr.");
        screenshot("funding-4-tildelinger");

        String letterPath = find(By.cssSelector("main a.letter-link")).getDomAttribute("href");
        assertThat(letterPath).endsWith("/175/brev.pdf");
        String letter = pdfText(letterPath);
        assertThat(letter)
                .contains("Rødovre Kommune")
                .contains("979.500 kr.")
                .contains("4.897.500 kr.")
                .contains("1.959 af landets 391.800 børn")
                .contains("lokal plan");
    }

    private String keyFile() {
        List<Integer> codes = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select code from kommune order by code")
                .query(Integer.class)
                .list());
        StringBuilder csv = new StringBuilder("kommunekode;børn\n");
        long rest = TOTAL_CHILDREN - ROEDOVRE_CHILDREN;
        int others = codes.size() - 1;
        int i = 0;
        for (int code : codes) {
            long children = code == 175 ? ROEDOVRE_CHILDREN : rest / others + (i++ < rest % others ? 1 : 0);
            csv.append(code).append(';').append(children).append('\n');
        }
        return csv.toString();
    }

    /** Downloads the letter with the browser's session and returns its text. */
    private String pdfText(String path) throws Exception {
        String session = browser().manage().getCookieNamed("JSESSIONID").getValue();
        String base = browser().getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
