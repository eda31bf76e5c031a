package nl.tafelwerk.assessment;

/**
 * The part of Weighted Shortest Job First a scored criterion feeds (source 000 §4.3 and footnote 6): the
 * first three add up to the cost of delay, the job size divides it.
 */
public enum WsjfPart {
    BUSINESS_VALUE,
    TIME_CRITICALITY,
    RISK_REDUCTION,
    JOB_SIZE;

    public boolean costOfDelay() {
        return this != JOB_SIZE;
    }

    public String messageKey() {
        return "assessment.wsjf." + name();
    }
}
