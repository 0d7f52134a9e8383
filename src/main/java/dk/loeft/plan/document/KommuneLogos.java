package dk.loeft.plan.document;

import dk.loeft.plan.PlanReaders;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kommune's logo on the plan document's front page: the forvaltning uploads a PNG or JPEG of at
 * most 512 kB; the file's content decides what it is, not its name or declared type.
 */
@Service
@Transactional
public class KommuneLogos {

    public static final int MAX_BYTES = 512 * 1024;
    static final int MAX_PIXELS = 4000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final JdbcClient jdbc;
    private final Clock clock;

    KommuneLogos(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The kommune's logo, if one is uploaded and the reader may see the kommune. */
    @Transactional(readOnly = true)
    public Optional<PlanDocument.Logo> logo(int kommuneCode) {
        PlanReaders.require();
        return jdbc.sql("select content_type, image, width, height from kommune_logo where kommune_code = :k")
                .param("k", kommuneCode)
                .query((rs, n) -> new PlanDocument.Logo(
                        rs.getString("content_type"), rs.getBytes("image"), rs.getInt("width"), rs.getInt("height")))
                .optional();
    }

    /** Stores (or replaces) the signed-in forvaltning's kommune's logo; a rejected file changes nothing. */
    public PlanDocument.Logo upload(byte[] file) {
        LoeftUser user = requireAdmin();
        PlanDocument.Logo logo = check(file);
        jdbc.sql("""
                        insert into kommune_logo (kommune_code, content_type, image, width, height, uploaded_at, uploaded_by)
                        values (:k, :type, :image, :width, :height, :at, :by)
                        on conflict (kommune_code) do update
                           set content_type = excluded.content_type, image = excluded.image,
                               width = excluded.width, height = excluded.height,
                               uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by,
                               version = kommune_logo.version + 1""")
                .param("k", user.kommuneCode())
                .param("type", logo.contentType())
                .param("image", logo.bytes())
                .param("width", logo.width())
                .param("height", logo.height())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", user.getUsername())
                .update();
        return logo;
    }

    public void remove() {
        LoeftUser user = requireAdmin();
        jdbc.sql("delete from kommune_logo where kommune_code = :k")
                .param("k", user.kommuneCode())
                .update();
    }

    /** A PNG or JPEG (by its first bytes) that decodes, within the size limits. */
    static PlanDocument.Logo check(byte[] file) {
        if (file.length == 0) {
            throw new LogoRejectedException("plan.logo.error.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new LogoRejectedException("plan.logo.error.tooBig");
        }
        String type = startsWith(file, PNG) ? "image/png" : startsWith(file, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new LogoRejectedException("plan.logo.error.type");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new LogoRejectedException("plan.logo.error.unreadable");
        }
        if (image.getWidth() > MAX_PIXELS || image.getHeight() > MAX_PIXELS) {
            throw new LogoRejectedException("plan.logo.error.dimensions");
        }
        return new PlanDocument.Logo(type, file, image.getWidth(), image.getHeight());
    }

    private static boolean startsWith(byte[] file, byte[] signature) {
        return file.length >= signature.length && Arrays.equals(Arrays.copyOf(file, signature.length), signature);
    }

    /** The signed-in forvaltning user, who alone changes the logo. */
    public static LoeftUser requireAdmin() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen skifter logo");
        }
        return user;
    }
}
