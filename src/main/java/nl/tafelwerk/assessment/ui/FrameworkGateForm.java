package nl.tafelwerk.assessment.ui;

import nl.tafelwerk.assessment.FrameworkDraft;

/** The co-edited values of one gate row. */
public class FrameworkGateForm {

    private String code = "";
    private String name = "";
    private String description = "";

    static FrameworkGateForm of(FrameworkDraft.Gate gate) {
        FrameworkGateForm form = new FrameworkGateForm();
        form.setCode(gate.code());
        form.setName(gate.name());
        form.setDescription(gate.description());
        return form;
    }

    FrameworkDraft.Gate toGate(long key) {
        return new FrameworkDraft.Gate(key, code, name, description);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
