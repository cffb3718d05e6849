package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a third party said about the content, outside it: in the article, Aldi Monbusho of
 * Alwas Institute Indonesia, speaking "di tempat terpisah" (elsewhere), on the program's
 * reach. Its quotes are all by the commentator.
 */
@Value.Immutable
abstract class AbstractCommentary implements Consistent {

    /** @return who commented */
    @NotNull(message = "{outreach.required}")
    public abstract Person commentator();

    /** @return the commentator's point, in the article's words */
    public abstract Optional<@Published BilingualText> summary();

    /** @return where or how it was said, such as "di tempat terpisah" (elsewhere) */
    public abstract Optional<@Published @MaxLength(max = 200) BilingualText> setting();

    /** @return the commentator's words; each quote is by the commentator */
    public abstract List<@NotNull(message = "{outreach.required}") Quote> quotes();

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        List<Quote> quotes = quotes();
        for (int i = 0; i < quotes.size(); i++) {
            problems.visit();
            if (!quotes.get(i).speakerId().equals(commentator().id())) {
                problems.report("outreach.commentary.notTheCommentator", "quotes", i, "speakerId");
            }
        }
        if (summary().isEmpty() && quotes.isEmpty()) {
            problems.report("outreach.commentary.empty", "quotes");
        }
    }
}
