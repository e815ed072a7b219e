package dev.staybook.kernel.error;

import java.util.List;

/** Malformed input, with the fields at fault (400). */
public class InvalidInput extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInput(String detail, List<FieldError> errors) {
        super("invalid-input", detail);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput field(String field, String message) {
        return new InvalidInput("The request has an invalid field.", List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * The detail followed by each field's problem: what logs and GraphQL clients see, since a GraphQL error
     * carries only a message (REST clients get the fields apart, in the problem document).
     */
    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(detail());
        errors.forEach(error -> message.append(' ').append(error.field()).append(": ").append(error.message()).append('.'));
        return message.toString();
    }
}
