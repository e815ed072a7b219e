package dev.staybook.app.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.staybook.kernel.error.FieldError;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yasson's messages, as it words them (3.0), name the property it could not read, one per level of nesting. */
class MisreadPropertiesTest {

    @Test
    void namesTheMisreadProperty() {
        JsonbException failure = new JsonbException("Unable to deserialize property 'guests' because of: Error deserialize JSON value into type: int.",
                new JsonbException("Error deserialize JSON value into type: int.", new NumberFormatException("For input string: \"two\"")));

        assertEquals(List.of(new FieldError("guests", MisreadProperties.MESSAGE)), MisreadProperties.in(failure));
    }

    @Test
    void joinsNestedPropertiesOutermostFirst() {
        JsonbException failure = new JsonbException("Unable to deserialize property 'price' because of: x",
                new JsonbException("Unable to deserialize property 'amount' because of: y"));

        assertEquals("price.amount", MisreadProperties.in(failure).get(0).field());
    }

    @Test
    void namesAPropertyTheRequestDoesNotHave() {
        JsonbException failure = new JsonbException("Unable to deserialize property 'price' because of: Json property amonut can not be "
                + "mapped to a class class dev.staybook.X.", new JsonbException("Json property amonut can not be mapped to a class class X."));

        assertEquals(List.of(new FieldError("price.amonut", MisreadProperties.UNKNOWN)), MisreadProperties.in(failure));
    }

    @Test
    void repeatsNoNameThatIsNotAPlainIdentifier() {
        assertEquals(List.of(), MisreadProperties.in(new JsonbException("Json property \u0007<b>x</b> can not be mapped to a class X.")));
    }

    @Test
    void namesNothingWhenTheFailureDoesNot() {
        assertEquals(List.of(), MisreadProperties.in(new JsonbException("Unexpected char 110 at (line no=1, column no=2, offset=1)")));
        assertEquals(List.of(), MisreadProperties.in(new JsonbException(null)));
    }
}
