package nl.tafelwerk.shared.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records each call of a Spring bean's method in the audit log: success when it returns, failure
 * when it throws (denied when the caller was not allowed). One line at the method, so imports and
 * exports are logged without the feature knowing the log.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    AuditType value();

    /** What is imported or exported, e.g. "voorraadagenda (CSV)". */
    String subject();

    /** Index of a String argument to record as the detail (the file name of an import); -1 for none. */
    int detailArgument() default -1;
}
