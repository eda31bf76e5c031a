package nl.tafelwerk.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationBinder;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.internal.EngineUsers;

/**
 * A form edited by several people at once: values typed by one appear for the others, and each
 * field shows who is editing it. Persisting stays with the feature's service; this only carries
 * the in-flight values. Exposes a plain {@link Binder} so callers never see the engine.
 */
public final class CoEditedForm<T> {

    private final CollaborationBinder<T> binder;

    public CoEditedForm(Class<T> beanType, Collaborator me) {
        this.binder = new CollaborationBinder<>(beanType, EngineUsers.toUserInfo(me));
    }

    /** Starts a binding by property name, so validators and converters can be added before bind. */
    public <V> Binder.BindingBuilder<T, V> forField(HasValue<?, V> field) {
        return binder.forField(field);
    }

    /** Binds a field holding a list of {@code elementType}, which the engine must know to share it. */
    public <E> Binder.BindingBuilder<T, List<E>> forListField(HasValue<?, List<E>> field, Class<E> elementType) {
        return binder.forField(field, List.class, elementType);
    }

    /** Binds a field holding a set of {@code elementType} (e.g. a multi-select), which the engine must know to share it. */
    public <E> Binder.BindingBuilder<T, Set<E>> forSetField(HasValue<?, Set<E>> field, Class<E> elementType) {
        return binder.forField(field, Set.class, elementType);
    }

    /** Joins the topic; {@code initial} supplies the values only when nobody else is editing yet. */
    public void connect(TopicId topic, SerializableSupplier<T> initial) {
        binder.setTopic(topic.value(), initial);
    }

    /** Leaves the topic; the fields keep their values. */
    public void disconnect() {
        binder.setTopic(null, () -> null);
    }

    public Binder<T> binder() {
        return binder;
    }
}
