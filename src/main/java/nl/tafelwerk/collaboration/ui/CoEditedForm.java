package nl.tafelwerk.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.ComponentConnectionContext;
import com.vaadin.collaborationengine.FormManager;
import com.vaadin.collaborationengine.HighlightHandler.HighlightContext;
import com.vaadin.collaborationengine.PropertyChangeHandler.PropertyChangeEvent;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BeanPropertySet;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatusHandler;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.internal.DispatchExecutor;
import nl.tafelwerk.collaboration.internal.EngineUsers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A form edited by several people at once: values typed by one appear for the others, and each
 * field shows who is editing it. Persisting stays with the feature's service; this only carries
 * the in-flight values. Exposes a plain {@link Binder} so callers never see the engine.
 *
 * <p>Built on the engine's {@link FormManager} rather than its {@code CollaborationBinder}: that
 * binder puts every value it receives straight back on the topic, so one keystroke seen by N
 * people became N more topic changes, each delivered to all N UIs (N² UI updates). Here a value
 * that arrived from the topic is applied to the field without being sent again (see DD011).
 */
public final class CoEditedForm<T> {

    private final Class<T> beanType;
    private final UserInfo localUser;
    private final SharingBinder binder;
    private final Map<String, SharedField> fields = new LinkedHashMap<>();
    private final Map<HasValue<?, ?>, Class<?>> elementTypes = new HashMap<>();
    private final Set<String> onTopic = new HashSet<>();
    private @Nullable FormManager manager;
    private @Nullable ComponentConnectionContext context;
    private @Nullable TopicId topic;
    private @Nullable SerializableSupplier<@Nullable T> initial;
    private @Nullable Registration lifetime;
    private boolean applyingTopicValue;
    private final List<Consumer<String>> fieldChangeListeners = new ArrayList<>();
    private @Nullable TypingGuard typingGuard;

    /**
     * Decides whether what this user typed in a field may go to the others, e.g. only while they hold that
     * section (DD043). A refused value is not shared and the field shows again what it showed before.
     */
    @FunctionalInterface
    public interface TypingGuard {
        boolean mayShare(String property, @Nullable Object shown, @Nullable Object typed);
    }

    public CoEditedForm(Class<T> beanType, Collaborator me) {
        this.beanType = beanType;
        this.localUser = EngineUsers.toUserInfo(me);
        this.binder = new SharingBinder(beanType);
    }

    /** Checks every value typed by this user before it is shared; see {@link TypingGuard}. */
    public void guardTyping(@Nullable TypingGuard guard) {
        typingGuard = guard;
    }

    /** Starts a binding by property name, so validators and converters can be added before bind. */
    public <V> Binder.BindingBuilder<T, V> forField(HasValue<?, V> field) {
        return binder.forField(field);
    }

    /** Binds a field holding a list of {@code elementType}. */
    public <E> Binder.BindingBuilder<T, List<E>> forListField(HasValue<?, List<E>> field, Class<E> elementType) {
        elementTypes.put(field, elementType);
        return binder.forField(field);
    }

    /** Binds a field holding a set of {@code elementType} (e.g. a multi-select). */
    public <E> Binder.BindingBuilder<T, Set<E>> forSetField(HasValue<?, Set<E>> field, Class<E> elementType) {
        elementTypes.put(field, elementType);
        return binder.forField(field);
    }

    /**
     * Joins the topic; {@code initial} supplies the values only for properties nobody is editing yet.
     * The form stays on the topic while its fields are attached: it leaves when they are detached
     * (so the engine lets go of them and their UI, see DD015) and joins again when they return.
     */
    public void connect(TopicId topic, SerializableSupplier<@Nullable T> initial) {
        leaveTopic();
        this.topic = topic;
        this.initial = initial;
        followFieldAttachment();
        joinTopic(topic, initial);
    }

    private void joinTopic(TopicId topic, SerializableSupplier<@Nullable T> initial) {
        binder.readBean(null);
        ComponentConnectionContext newContext = new ComponentConnectionContext();
        fields.values().forEach(shared -> newContext.addComponent((Component) shared.field()));
        // A sub-topic of its own: presence avatars on the same item sit on the topic itself, and the
        // engine hands every change on a topic to every connection to it, interested or not.
        FormManager newManager = new FormManager(newContext, localUser, topic.child("form").value(), CollaborationEngine::getInstance);
        newManager.setPropertyChangeHandler(this::applyTopicValue);
        newManager.setHighlightHandler(this::showEditor);
        newManager.setActivationHandler(() -> {
            // The values already on the topic are queued for this UI right behind this call; fill in
            // the rest only once they are applied, or a stale initial bean would overwrite them.
            fields.values().stream().findFirst().flatMap(shared -> ((Component) shared.field()).getUI())
                    .ifPresent(ui -> ui.access(() -> fillPropertiesNobodyShares(initial)));
            return onTopic::clear;
        });
        newManager.onConnectionFailed(e -> binder.readBean(initial.get()));
        context = newContext;
        manager = newManager;
    }

    /** The first field stands for all: they are laid out together and leave the page together. */
    private void followFieldAttachment() {
        if (lifetime != null || fields.isEmpty()) {
            return;
        }
        Component anchor = (Component) fields.values().iterator().next().field();
        lifetime = Registration.combine(
                anchor.addAttachListener(event -> {
                    TopicId joined = topic;
                    SerializableSupplier<@Nullable T> values = initial;
                    if (manager == null && joined != null && values != null) {
                        joinTopic(joined, values);
                    }
                }),
                anchor.addDetachListener(event -> leaveTopic()));
    }

    /** Leaves the topic for good; the fields keep their values. */
    public void disconnect() {
        topic = null;
        initial = null;
        if (lifetime != null) {
            lifetime.remove();
            lifetime = null;
        }
        leaveTopic();
    }

    public Binder<T> binder() {
        return binder;
    }

    /** The field bound to {@code property}, if any. */
    public Optional<HasValue<?, ?>> field(String property) {
        SharedField shared = fields.get(property);
        return shared == null ? Optional.empty() : Optional.of(shared.field());
    }

    /** The bound properties, in binding order. */
    public Set<String> properties() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** Called with the property name whenever a bound field's value changes, typed here or arrived from the topic. */
    public Registration onFieldChange(Consumer<String> listener) {
        fieldChangeListeners.add(listener);
        return () -> fieldChangeListeners.remove(listener);
    }

    /** The field's value as JSON text, the way it travels on the topic (for the browser's draft). */
    String valueAsJson(String property) {
        SharedField shared = fields.get(property);
        if (shared == null) {
            throw new IllegalArgumentException("No field bound to " + property);
        }
        return UnsavedDraft.JSON.writeValueAsString(shared.codec().encode(shared.field().getValue()));
    }

    /** One item of the field's list as it travels on the topic: the value, or one element of a set or list. */
    @Nullable Object itemAsJsonValue(String property, Object item) {
        SharedField shared = fields.get(property);
        if (shared == null) {
            throw new IllegalArgumentException("No field bound to " + property);
        }
        return shared.codec() instanceof SharedFieldCodec.Many many ? many.element().encode(item) : shared.codec().encode(item);
    }

    /** The field value for JSON kept by {@link #valueAsJson}. */
    @Nullable Object valueFromJson(String property, JsonNode json) {
        SharedField shared = fields.get(property);
        if (shared == null) {
            throw new IllegalArgumentException("No field bound to " + property);
        }
        return shared.codec().decode(json);
    }

    /**
     * Shows {@code bean} in the fields for this user only, without putting the values on the topic:
     * e.g. the saved version taken from a conflict must not overwrite what the others are typing.
     */
    public void showWithoutSharing(T bean) {
        withoutSharing(() -> binder.readBean(bean));
    }

    /** Puts {@code value} in the field without sending it to the others (it came from them, or was refused). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void showWithoutSharing(SharedField shared, @Nullable Object value) {
        HasValue field = shared.field();
        withoutSharing(() -> {
            if (value == null) {
                field.clear();
            } else {
                field.setValue(value);
            }
        });
    }

    private void withoutSharing(Runnable change) {
        boolean before = applyingTopicValue;
        applyingTopicValue = true;
        try {
            change.run();
        } finally {
            applyingTopicValue = before;
        }
    }

    private void leaveTopic() {
        FormManager current = manager;
        if (current != null) {
            manager = null;
            context = null;
            current.close();
            onTopic.clear();
            fields.values().forEach(shared -> FieldHighlights.clear(((Component) shared.field()).getElement()));
        }
    }

    private void share(SharedField shared) {
        FormManager current = manager;
        if (current != null && !applyingTopicValue) {
            DispatchExecutor.editShared();
            current.setValue(shared.property(), shared.codec().encode(shared.field().getValue()));
        }
    }

    private void applyTopicValue(PropertyChangeEvent event) {
        SharedField shared = fields.get(event.getPropertyName());
        if (shared == null) {
            return;
        }
        JsonNode json = event.getValue(JsonNode.class);
        Object value = json == null ? null : shared.codec().decode(json);
        if (value == null) {
            onTopic.remove(shared.property());
        } else {
            onTopic.add(shared.property());
        }
        showWithoutSharing(shared, value);
    }

    private void fillPropertiesNobodyShares(SerializableSupplier<@Nullable T> initial) {
        List<SharedField> missing = fields.values().stream().filter(shared -> !onTopic.contains(shared.property())).toList();
        if (missing.isEmpty()) {
            return;
        }
        T bean = initial.get();
        for (SharedField shared : missing) {
            binder.getBinding(shared.property()).ifPresent(binding -> {
                if (bean == null) {
                    binding.getField().clear();
                } else {
                    binding.read(bean);
                }
            });
        }
    }

    private @Nullable Registration showEditor(HighlightContext highlight) {
        SharedField shared = fields.get(highlight.getPropertyName());
        if (shared == null || highlight.getUser().getId().equals(localUser.getId())) {
            return null;
        }
        var element = ((Component) shared.field()).getElement();
        FieldHighlights.show(element, highlight.getUser(), highlight.getFieldIndex());
        return () -> FieldHighlights.hide(element, highlight.getUser(), highlight.getFieldIndex());
    }

    private void bound(String property, HasValue<?, ?> field) {
        PropertyDefinition<T, ?> definition = BeanPropertySet.get(beanType).getProperty(property)
                .orElseThrow(() -> new IllegalArgumentException("No property " + property + " on " + beanType.getName()));
        SharedField shared = new SharedField(property, field, SharedFieldCodec.of(definition.getType(), elementTypes.get(field)));
        fields.put(property, shared);
        field.addValueChangeListener(event -> {
            TypingGuard guard = typingGuard;
            if (guard != null && event.isFromClient() && !applyingTopicValue && !guard.mayShare(property, event.getOldValue(), event.getValue())) {
                showWithoutSharing(shared, event.getOldValue());
                return;
            }
            share(shared);
            fieldChangeListeners.forEach(listener -> listener.accept(property));
        });
        FieldHighlights.watch(((Component) field).getElement(),
                fieldIndex -> {
                    FormManager current = manager;
                    if (current != null) {
                        current.highlight(property, true, fieldIndex);
                    }
                },
                () -> {
                    FormManager current = manager;
                    if (current != null) {
                        current.highlight(property, false);
                    }
                });
        ComponentConnectionContext current = context;
        if (current != null) {
            current.addComponent((Component) field);
        }
    }

    private record SharedField(String property, HasValue<?, ?> field, SharedFieldCodec codec) {
    }

    /** A binder that tells the form which property each field is bound to. */
    private final class SharingBinder extends Binder<T> {

        SharingBinder(Class<T> beanType) {
            super(beanType);
        }

        @Override
        protected <V, TARGET> BindingBuilder<T, TARGET> doCreateBinding(HasValue<?, V> field, Converter<V, TARGET> converter,
                BindingValidationStatusHandler handler) {
            return new SharingBindingBuilder<>(this, field, converter, handler);
        }

        private final class SharingBindingBuilder<V, TARGET> extends BindingBuilderImpl<T, V, TARGET> {

            SharingBindingBuilder(Binder<T> binder, HasValue<?, V> field, Converter<V, TARGET> converter,
                    BindingValidationStatusHandler handler) {
                super(binder, field, converter, handler);
            }

            @Override
            public Binding<T, TARGET> bind(String propertyName) {
                Binding<T, TARGET> binding = super.bind(propertyName);
                bound(propertyName, getField());
                return binding;
            }
        }
    }
}
