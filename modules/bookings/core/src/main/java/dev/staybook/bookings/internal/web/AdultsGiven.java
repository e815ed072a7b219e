package dev.staybook.bookings.internal.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The adults come as {@code adults} or, from clients written before the breakdown, as {@code guests}: exactly one
 * of them. Checked with the other fields' constraints, so a request missing several fields hears of all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AdultsGiven.Check.class)
public @interface AdultsGiven {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the problem on the field at fault. */
    class Check implements ConstraintValidator<AdultsGiven, GuestCounts> {

        @Override
        public boolean isValid(GuestCounts counts, ConstraintValidatorContext context) {
            return GuestInput.adultsProblem(counts.guests(), counts.adults()).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem.message()).addPropertyNode(problem.field())
                        .addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
