package nl.tafelwerk.assessment.ui;

import nl.tafelwerk.assessment.FrameworkDraft;
import nl.tafelwerk.assessment.WsjfPart;
import org.jspecify.annotations.Nullable;

/** The co-edited values of one scored criterion row. */
public class FrameworkCriterionForm {

    private String code = "";
    private String name = "";
    private String description = "";
    private String scale = "";
    private String weight = "";
    private @Nullable WsjfPart part;

    static FrameworkCriterionForm of(FrameworkDraft.Criterion criterion) {
        FrameworkCriterionForm form = new FrameworkCriterionForm();
        form.setCode(criterion.code());
        form.setName(criterion.name());
        form.setDescription(criterion.description());
        form.setScale(criterion.scale());
        form.setWeight(FrameworkNumbers.show(criterion.weight()));
        form.setPart(criterion.part());
        return form;
    }

    FrameworkDraft.Criterion toCriterion(long key) {
        return new FrameworkDraft.Criterion(key, code, name, description, scale, FrameworkNumbers.parse(weight), part);
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

    public String getScale() {
        return scale;
    }

    public void setScale(String scale) {
        this.scale = scale;
    }

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }

    public @Nullable WsjfPart getPart() {
        return part;
    }

    public void setPart(@Nullable WsjfPart part) {
        this.part = part;
    }
}
