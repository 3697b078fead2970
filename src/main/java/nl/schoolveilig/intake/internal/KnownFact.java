package nl.schoolveilig.intake.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.schoolveilig.incident.Fact;

/** The name is one of the report's facts ({@link Fact#variable()}). */
@Target(ElementType.TYPE_USE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownFact.Validator.class)
@interface KnownFact {

    String message() default "{report.facts.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownFact, String> {

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            return name == null || Fact.ofVariable(name).isPresent();
        }
    }
}
