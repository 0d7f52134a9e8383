package dk.loeft.funding.api;

import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.loeft.IntegrationTest;
import dk.loeft.funding.GrantLedger;
import dk.loeft.funding.LedgerService;
import dk.loeft.testing.LedgerFixture;
import dk.loeft.testing.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerApiIntegrationTests {

    static final int K = 190;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerService ledger;

    @BeforeAll
    void grants() {
        LedgerFixture.roedovresGrants(jdbc, K);
    }

    private GrantLedger ledgerOfK() {
        return TestUsers.actingAs(finance(K), () -> ledger.ledger(K));
    }

    private static MockHttpServletRequestBuilder book(String json) {
        return post("/api/v1/expenditures")
                .with(csrf())
                .with(as(finance(K)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private static String voucher() {
        return "A-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theLedgerHasTheSameNumbersAsThePage() throws Exception {
        GrantLedger book = ledgerOfK();

        mvc.perform(get("/api/v1/ledger").with(as(finance(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kommuneCode").value(K))
                .andExpect(jsonPath("$.totals.grantedOere").value(253_900_000L))
                .andExpect(
                        jsonPath("$.totals.remainingOere").value(book.totals().remainingOere()))
                .andExpect(jsonPath("$.years[0].year").value(2023))
                .andExpect(jsonPath("$.years[7].year").value(2030))
                .andExpect(jsonPath("$.informal[0].capOere").value(5_330_000))
                .andExpect(jsonPath("$.informal[1].capOere").value(10_300_000))
                .andExpect(jsonPath("$.informal[2].capOere").value(9_760_000))
                .andExpect(jsonPath("$.rounds[1].repayIsExpected").value(true))
                .andExpect(jsonPath("$.note")
                        .value(org.hamcrest.Matchers.containsString(
                                "Disponeret er det, kommunens godkendte opkvalificeringsplan")));
        mvc.perform(get("/api/v1/ledger").param("kommune", Integer.toString(K)).with(as(national())))
                .andExpect(jsonPath("$.totals.grantedOere").value(253_900_000L));
        mvc.perform(get("/api/v1/ledger").with(as(leader(K)))).andExpect(status().isForbidden());
    }

    @Test
    void anExpenditureIsBookedListedAndReversedOnce() throws Exception {
        String voucher = voucher();
        long before = ledgerOfK().totals().remainingOere();

        String created = mvc.perform(book("""
                        {"bookedOn": "2024-05-02", "amount": 1234.56, "costCategory": "STUDIEUDGIFTER",
                         "voucher": "%s", "initiative": "PAU"}""".formatted(voucher)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amountOere").value(123_456))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        assertThat(ledgerOfK().totals().remainingOere()).isEqualTo(before - 123_456);

        mvc.perform(get("/api/v1/expenditures").param("size", "5").with(as(finance(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].voucher").value(voucher));
        mvc.perform(get("/api/v1/expenditures/" + id).with(as(finance(K))))
                .andExpect(jsonPath("$.voucher").value(voucher));

        mvc.perform(post("/api/v1/expenditures/" + id + "/correction")
                        .with(csrf())
                        .with(as(finance(K)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Forkert bilag\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amountOere").value(-123_456))
                .andExpect(jsonPath("$.corrects").value(id));
        mvc.perform(post("/api/v1/expenditures/" + id + "/correction")
                        .with(csrf())
                        .with(as(finance(K))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail")
                        .value("Bilag " + voucher
                                + " er allerede tilbageført. En registrering kan kun tilbageføres én gang."));
        assertThat(ledgerOfK().totals().remainingOere()).isEqualTo(before);
    }

    @Test
    void invalidExpenditureIsAnsweredWithDanishProblemDetailsAndNothingIsWritten() throws Exception {
        long count = LedgerFixture.expenditureCount(jdbc, K);

        mvc.perform(book("""
                        {"bookedOn": "2023-11-01", "amount": 100, "costCategory": "LOEN", "voucher": "%s"}""".formatted(voucher())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail")
                        .value("Løn under uddannelse kan først betales af puljen fra den 01.12.2023."));
        mvc.perform(book("""
                        {"bookedOn": "2024-11-01", "amount": 1.005, "costCategory": "REVISION", "voucher": "%s"}""".formatted(voucher()))).andExpect(status().isUnprocessableContent());
        mvc.perform(book("""
                        {"bookedOn": "2024-11-01", "amount": -5, "costCategory": "REVISION", "voucher": "%s"}""".formatted(voucher())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Beløbet skal være over 0 kr.")));
        mvc.perform(book("{\"amount\": 5}")).andExpect(status().isBadRequest());

        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count);
    }
}
