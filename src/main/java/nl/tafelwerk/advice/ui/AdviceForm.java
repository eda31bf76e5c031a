package nl.tafelwerk.advice.ui;

import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceDraft;
import nl.tafelwerk.advice.AdviceFields;
import nl.tafelwerk.shared.FieldCatalogue;

/**
 * The co-edited section texts of the advice editor; a public bean because the form binds by property name (DD012).
 * One property per {@code AdviceSection.field()}.
 */
public class AdviceForm {

    /** The advice's one field list ({@link AdviceFields}), read from the form's values. */
    public static final FieldCatalogue<AdviceForm> FIELDS =
            AdviceFields.CATALOGUE.readFrom(f -> f.toDraft(0));

    private String vraag = "";
    private String analyse = "";
    private String betrokken = "";
    private String afhankelijkheden = "";
    private String scenarios = "";
    private String voorkeursscenario = "";
    private String gevolgen = "";
    private String minderheidsstandpunten = "";
    private String gremium = "";

    public static AdviceForm of(Advice advice) {
        AdviceForm form = new AdviceForm();
        form.read(advice.toDraft());
        return form;
    }

    public void read(AdviceDraft draft) {
        vraag = draft.vraag();
        analyse = draft.analyse();
        betrokken = draft.betrokken();
        afhankelijkheden = draft.afhankelijkheden();
        scenarios = draft.scenarios();
        voorkeursscenario = draft.voorkeursscenario();
        gevolgen = draft.gevolgen();
        minderheidsstandpunten = draft.minderheidsstandpunten();
        gremium = draft.gremium();
    }

    public AdviceDraft toDraft(long baseVersion) {
        return new AdviceDraft(vraag, analyse, betrokken, afhankelijkheden, scenarios, voorkeursscenario, gevolgen,
                minderheidsstandpunten, gremium, baseVersion);
    }

    public String getVraag() { return vraag; }
    public void setVraag(String vraag) { this.vraag = vraag; }
    public String getAnalyse() { return analyse; }
    public void setAnalyse(String analyse) { this.analyse = analyse; }
    public String getBetrokken() { return betrokken; }
    public void setBetrokken(String betrokken) { this.betrokken = betrokken; }
    public String getAfhankelijkheden() { return afhankelijkheden; }
    public void setAfhankelijkheden(String afhankelijkheden) { this.afhankelijkheden = afhankelijkheden; }
    public String getScenarios() { return scenarios; }
    public void setScenarios(String scenarios) { this.scenarios = scenarios; }
    public String getVoorkeursscenario() { return voorkeursscenario; }
    public void setVoorkeursscenario(String voorkeursscenario) { this.voorkeursscenario = voorkeursscenario; }
    public String getGevolgen() { return gevolgen; }
    public void setGevolgen(String gevolgen) { this.gevolgen = gevolgen; }
    public String getMinderheidsstandpunten() { return minderheidsstandpunten; }
    public void setMinderheidsstandpunten(String minderheidsstandpunten) { this.minderheidsstandpunten = minderheidsstandpunten; }
    public String getGremium() { return gremium; }
    public void setGremium(String gremium) { this.gremium = gremium; }
}
