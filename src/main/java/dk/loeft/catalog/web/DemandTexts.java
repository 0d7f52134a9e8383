package dk.loeft.catalog.web;

import dk.loeft.catalog.DemandOperator;
import dk.loeft.catalog.Figure;
import dk.loeft.catalog.FrameworkAttribute;
import dk.loeft.catalog.FrameworkDemand;
import dk.loeft.platform.web.DanishFormat;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A frame's demand and an offering's figure in Danish words, for the frame and offering pages. */
@Component
class DemandTexts {

    private final MessageSource messages;
    private final DanishFormat danish;

    DemandTexts(MessageSource messages, DanishFormat danish) {
        this.messages = messages;
        this.danish = danish;
    }

    /** What the demand asks for: "Mindst 40", "Ca. 7,5 (± 0,5)", "Ja", "Inden for: Leder, Souschef". */
    String expected(FrameworkDemand d) {
        return switch (d.operator()) {
            case AT_LEAST -> text("catalog.framework.atLeast", number(new BigDecimal(d.value())));
            case AT_MOST -> text("catalog.framework.atMost", number(new BigDecimal(d.value())));
            case APPROXIMATELY ->
                d.tolerance().signum() == 0
                        ? number(new BigDecimal(d.value()))
                        : text(
                                "catalog.framework.approximately",
                                number(new BigDecimal(d.value())),
                                number(d.tolerance()));
            case REQUIRED -> text("catalog.framework.yes");
            case WITHIN ->
                text(
                        "catalog.framework.within",
                        codes(d.attribute(), Arrays.asList(d.value().split(","))));
            case ONE_OF ->
                text(
                        "catalog.framework.oneOf",
                        codes(d.attribute(), Arrays.asList(d.value().split(","))));
        };
    }

    /** The offering's own figure: "7,5", "5 + 5", "Nej", "Pædagog". */
    String actual(FrameworkDemand d, Figure figure) {
        return switch (figure) {
            case Figure.Numbers n ->
                n.values().isEmpty()
                        ? text("catalog.framework.none")
                        : n.values().stream().map(this::number).collect(Collectors.joining(" + "));
            case Figure.Flag f -> text(f.value() ? "catalog.framework.yes" : "catalog.framework.no");
            case Figure.Codes c ->
                c.values().isEmpty()
                        ? text(
                                d.attribute() == FrameworkAttribute.TARGET_ROLES
                                        ? "catalog.framework.everyone"
                                        : "catalog.framework.none")
                        : codes(d.attribute(), c.values());
        };
    }

    /** The operator's name, for the API's readers and the frame page. */
    String operator(DemandOperator operator) {
        return text("catalog.framework.operator." + operator.name());
    }

    private String codes(FrameworkAttribute attribute, Collection<String> codes) {
        String prefix = attribute == FrameworkAttribute.DELIVERY ? "catalog.delivery." : "staffrole.";
        List<String> sorted = codes.stream().map(String::trim).sorted().toList();
        return sorted.stream().map(c -> text(prefix + c)).collect(Collectors.joining(", "));
    }

    private String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return danish.number(value, Math.max(0, plain.scale()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }
}
