package nl.schoolveilig.intake.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.schoolveilig.directory.Directory;

/** The school id names a school in the directory. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownSchool.Validator.class)
@interface KnownSchool {

    String message() default "{report.schoolId.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownSchool, String> {

        private final Directory directory;

        Validator(Directory directory) {
            this.directory = directory;
        }

        @Override
        public boolean isValid(String schoolId, ConstraintValidatorContext context) {
            return schoolId == null || schoolId.isBlank() || schoolId.length() > 40
                    || directory.school(schoolId.trim()).isPresent();
        }
    }
}
