package dk.loeft.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The test run's SMTP server (GreenMail), started once on the fixed port the test configuration
 * gives {@code spring.mail.port}, so every test class shares the one Spring context. Tests find
 * their e-mails by recipient (each test uses its own addresses).
 */
public final class TestMail {

    public static final int PORT = 3925;

    private static GreenMail server;

    private TestMail() {}

    /** Starts the server the first time it is asked for. */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The e-mails received so far for the address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    /** Waits (at most five seconds) until the address has this many e-mails, and returns them. */
    public static List<MimeMessage> awaitTo(String address, int count) {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        List<MimeMessage> received = to(address);
        while (received.size() < count && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = to(address);
        }
        return received;
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
