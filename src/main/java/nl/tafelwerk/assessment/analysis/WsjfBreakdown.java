package nl.tafelwerk.assessment.analysis;

/**
 * How an item's WSJF comes about. The three score parts are weighted sums of the criteria feeding them;
 * cost of delay = the three parts + legal boost + dependency boost; WSJF = cost of delay / job size.
 */
public record WsjfBreakdown(double businessValue, double timeCriticality, double riskReduction, double legalBoost,
                            double dependencyBoost, double jobSize) {

    public double costOfDelay() {
        return businessValue + timeCriticality + riskReduction + legalBoost + dependencyBoost;
    }

    public double wsjf() {
        return costOfDelay() / jobSize;
    }
}
