package nl.tafelwerk.advice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.tafelwerk.advice.internal.AdviceEntity;
import nl.tafelwerk.advice.internal.AdviceHistoryEntity;
import nl.tafelwerk.advice.internal.AdviceHistoryRepository;
import nl.tafelwerk.advice.internal.AdviceSources;
import nl.tafelwerk.advice.internal.DeliveryEntity;
import nl.tafelwerk.advice.internal.DeliveryRepository;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.collaboration.Notice;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Participation;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.meetings.GremiumService;
import nl.tafelwerk.meetings.GremiumView;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.Texts;
import nl.tafelwerk.shared.audit.AuditType;
import nl.tafelwerk.shared.audit.Audited;
import nl.tafelwerk.shared.documents.Document;
import nl.tafelwerk.shared.documents.DocumentBlock;
import nl.tafelwerk.shared.documents.DocumentRenderer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and distribution of an advice (DD042). Everyone logged in reads and exports. Chair and programmabureau send a
 * vastgestelde version to the gremium (external, optional e-mail address), the members of participating sectors and
 * the observers of informed sectors; every delivery is recorded per recipient and version, and the people are told
 * through {@code collaboration.Notifications} after the transaction committed. A recipient's opening of the advice is
 * recorded as a read receipt.
 */
@Service
public class AdviceDistributionService {

    private static final Logger log = LoggerFactory.getLogger(AdviceDistributionService.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final AdviceService advices;
    private final AdviceSources sources;
    private final DeliveryRepository deliveries;
    private final AdviceHistoryRepository history;
    private final VraagstukService vraagstukken;
    private final SectorService sectors;
    private final GremiumService gremia;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final DocumentRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    AdviceDistributionService(AdviceService advices, AdviceSources sources, DeliveryRepository deliveries,
                              AdviceHistoryRepository history, VraagstukService vraagstukken, SectorService sectors,
                              GremiumService gremia, UserDirectory users, CurrentUser currentUser,
                              DocumentRenderer renderer, ApplicationEventPublisher events) {
        this.advices = advices;
        this.sources = sources;
        this.deliveries = deliveries;
        this.history = history;
        this.vraagstukken = vraagstukken;
        this.sectors = sectors;
        this.gremia = gremia;
        this.users = users;
        this.currentUser = currentUser;
        this.renderer = renderer;
        this.events = events;
    }

    // ---------------------------------------------------------------- export

    /**
     * The advice as a document in the house style: a vastgestelde version as it was ({@code versionNumber}), or the
     * current concept when {@code versionNumber} is null. Sections as Markdown, the scenario comparison, the ranking
     * and the positions per sector as tables, the version label and date.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Document document(long adviceId, @Nullable Integer versionNumber) {
        Advice advice = advices.find(adviceId).orElseThrow(() -> new DomainException("advice.unknown", adviceId));
        Vraagstuk v = vraagstukken.find(advice.vraagstukCode())
                .orElseThrow(() -> new DomainException("advice.vraagstuk.unknown", advice.vraagstukCode()));
        AdviceSources.Sources read = sources.read(v);
        Map<AdviceSection, String> texts;
        List<SectorPosition> positions;
        List<String> missing;
        String versionLabel;
        LocalDate date;
        if (versionNumber == null) {
            texts = advice.texts();
            Endorsement e = advices.endorsement(adviceId);
            positions = e.positions();
            missing = e.missingSectors();
            versionLabel = "Versie " + advice.versionNumber() + " (" + Texts.get(Texts.DUTCH, advice.status().messageKey()).toLowerCase(Locale.ROOT) + ")";
            date = advice.updatedAt().atZone(ZONE).toLocalDate();
        } else {
            AdviceVersion version = advices.version(adviceId, versionNumber)
                    .orElseThrow(() -> new DomainException("version", "advice.version.unknown", versionNumber));
            texts = version.texts();
            positions = version.positions();
            missing = sectors.all().stream().filter(s -> s.participation() == Participation.DEELNEMEND).map(SectorView::code)
                    .filter(code -> positions.stream().noneMatch(p -> p.sectorCode().equals(code))).sorted().toList();
            versionLabel = "Versie " + version.number() + " (vastgesteld)";
            date = version.fixedAt().atZone(ZONE).toLocalDate();
        }
        List<DocumentBlock> blocks = new ArrayList<>();
        for (AdviceSection section : AdviceSection.values()) {
            blocks.add(new DocumentBlock.Heading(1, Texts.get(Texts.DUTCH, section.labelKey())));
            String text = texts.getOrDefault(section, "");
            if (!text.isBlank()) {
                blocks.add(new DocumentBlock.MarkdownText(text));
            }
            if (section == AdviceSection.SCENARIOS && !read.scenarios().isEmpty()) {
                blocks.add(scenarioTable(read));
            }
            if (section == AdviceSection.ANALYSE && read.ranking() != null) {
                blocks.add(rankingTable(read.ranking()));
            }
            if (section == AdviceSection.MINDERHEIDSSTANDPUNTEN) {
                blocks.add(positionsTable(positions, missing, read));
            }
        }
        String subtitle = read.gremium() == null ? "Advies van de intersectorale planningstafel"
                : "Advies van de intersectorale planningstafel aan " + read.gremium().name();
        return new Document("Advies " + v.code() + " — " + v.title(), subtitle, versionLabel, date, Document.DUTCH, blocks);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    @Audited(value = AuditType.EXPORT, subject = "advies (DOCX)")
    public byte[] docx(long adviceId, @Nullable Integer versionNumber) {
        return renderer.docx(document(adviceId, versionNumber));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    @Audited(value = AuditType.EXPORT, subject = "advies (PDF)")
    public byte[] pdf(long adviceId, @Nullable Integer versionNumber) {
        return renderer.pdf(document(adviceId, versionNumber));
    }

    /** A file name such as {@code advies-VS-07-v2.pdf} (or {@code -concept}). */
    public static String fileName(Advice advice, @Nullable Integer versionNumber, String extension) {
        return "advies-" + advice.vraagstukCode() + (versionNumber == null ? "-concept" : "-v" + versionNumber) + "." + extension;
    }

    private static DocumentBlock.Table scenarioTable(AdviceSources.Sources read) {
        List<List<String>> rows = new ArrayList<>();
        for (var a : read.scenarios()) {
            var s = a.scenario();
            rows.add(List.of(s.label(), s.inhoudNarrative(),
                    s.tijdNarrative() + (a.timeline().end() == null ? "" : " (gereed " + a.timeline().end() + ")"),
                    s.geldNarrative() + " (kosten " + nl.tafelwerk.scenarios.Euros.millions(a.money().totalCosts()) + ")",
                    s.risicoNarrative()));
        }
        return new DocumentBlock.Table("Scenario's op de vier bestuurlijke parameters",
                List.of("Scenario", "Inhoud en kwaliteit", "Tijd", "Geld", "Bestuurlijke risico's"), rows);
    }

    private static DocumentBlock.Table rankingTable(AdviceSources.RoundRanking ranking) {
        List<List<String>> rows = ranking.rows().stream()
                .map(r -> List.of(Integer.toString(r.position()), r.code() + " · " + r.title(),
                        String.format(Locale.forLanguageTag("nl"), "%.2f", r.wsjf()))).toList();
        return new DocumentBlock.Table("Rangorde uit scoringsronde \"" + ranking.title() + "\"",
                List.of("Plaats", "Onderwerp", "WSJF"), rows);
    }

    private static DocumentBlock.Table positionsTable(List<SectorPosition> positions, List<String> missing,
                                                     AdviceSources.Sources read) {
        List<List<String>> rows = new ArrayList<>();
        for (SectorPosition p : positions) {
            rows.add(List.of(p.sectorCode() + " · " + p.sectorName(), Texts.get(Texts.DUTCH, p.stance().messageKey()),
                    p.reason(), p.setByName()));
        }
        for (String code : missing) {
            rows.add(List.of(code + " · " + read.sectorName(code), "Geen standpunt", "", ""));
        }
        return new DocumentBlock.Table("Standpunten per sector", List.of("Sector", "Standpunt", "Toelichting", "Door"), rows);
    }

    // ---------------------------------------------------------------- distribution

    /**
     * Who can receive a vastgestelde version: the vraagstuk's gremium (if chosen), each sector at the table with its
     * members, each informed sector with its observers. Sectors without such users are listed with none.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Recipient> recipients(long adviceId) {
        Advice advice = advices.find(adviceId).orElseThrow(() -> new DomainException("advice.unknown", adviceId));
        List<Recipient> list = new ArrayList<>();
        gremium(advice).ifPresent(g -> list.add(new Recipient(RecipientKind.GREMIUM, g.code(), g.name(), List.of())));
        List<AuthenticatedUser> active = users.active();
        for (SectorView s : sectors.all()) {
            boolean atTable = s.participation().atTheTable();
            Role role = atTable ? Role.MEMBER : Role.OBSERVER;
            List<String> names = active.stream().filter(u -> u.role() == role && s.code().equals(u.sectorCode()))
                    .map(AuthenticatedUser::username).sorted().toList();
            list.add(new Recipient(atTable ? RecipientKind.DEELNEMENDE_SECTOR : RecipientKind.GEINFORMEERDE_SECTOR,
                    s.code(), s.name(), names));
        }
        return list;
    }

    /**
     * Sends a vastgestelde version to the chosen recipients: records per recipient who received which version when,
     * and tells the people (a notice with the PDF where it can be made, linking to the advice). Refused without any
     * recipient, for a version not vastgesteld, or an invalid e-mail address for the gremium.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CHAIR', 'SECRETARIAT')")
    public List<Delivery> send(long adviceId, int versionNumber, RecipientSelection selection) {
        AuthenticatedUser user = currentUser.require();
        Advice advice = advices.find(adviceId).orElseThrow(() -> new DomainException("advice.unknown", adviceId));
        if (advices.version(adviceId, versionNumber).isEmpty()) {
            throw new DomainException("version", "advice.distribution.notAdopted", versionNumber);
        }
        if (selection.empty()) {
            throw new DomainException("recipients", "advice.distribution.noRecipients");
        }
        String email = selection.gremiumEmail() == null || selection.gremiumEmail().isBlank() ? null : selection.gremiumEmail().strip();
        if (email != null && (email.length() > RecipientSelection.EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            throw new DomainException("gremiumEmail", "advice.distribution.email");
        }
        List<Recipient> offered = recipients(adviceId);
        Map<String, Recipient> bySector = new LinkedHashMap<>();
        offered.stream().filter(r -> r.kind() != RecipientKind.GREMIUM).forEach(r -> bySector.put(r.code(), r));
        for (String code : selection.sectorCodes()) {
            if (!bySector.containsKey(code)) {
                throw new DomainException("recipients", "advice.distribution.unknownSector", code);
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<DeliveryEntity> made = new ArrayList<>();
        if (selection.gremium()) {
            Recipient gremium = offered.stream().filter(r -> r.kind() == RecipientKind.GREMIUM).findFirst()
                    .orElseThrow(() -> new DomainException("recipients", "advice.gremium.missing"));
            made.add(new DeliveryEntity(adviceId, versionNumber, RecipientKind.GREMIUM, gremium.code(), gremium.name(), null,
                    email, now, user.displayName()));
        }
        Map<String, AuthenticatedUser> byName = new LinkedHashMap<>();
        users.active().forEach(u -> byName.put(u.username(), u));
        Set<String> usernames = new LinkedHashSet<>();
        for (String code : selection.sectorCodes().stream().sorted().toList()) {
            Recipient r = bySector.get(code);
            for (String username : r.usernames()) {
                if (usernames.add(username)) {
                    AuthenticatedUser u = byName.get(username);
                    made.add(new DeliveryEntity(adviceId, versionNumber, r.kind(), username,
                            u == null ? username : u.displayName(), code, null, now, user.displayName()));
                }
            }
        }
        if (made.isEmpty()) {
            throw new DomainException("recipients", "advice.distribution.noRecipients");
        }
        List<DeliveryEntity> saved = deliveries.saveAllAndFlush(made);
        history.save(new AdviceHistoryEntity(adviceId, now, user.username(), user.displayName(), "distribution", null,
                "Versie " + versionNumber + " verzonden aan " + saved.size() + " ontvanger(s)"));
        if (!usernames.isEmpty()) {
            events.publishEvent(new AdviceSent(adviceId, versionNumber, List.copyOf(usernames), notice(advice, versionNumber)));
        }
        return saved.stream().map(DeliveryEntity::toDelivery).toList();
    }

    private Notice notice(Advice advice, int versionNumber) {
        String title = "Advies " + advice.vraagstukCode() + " versie " + versionNumber + " ontvangen";
        String body = "De intersectorale planningstafel heeft versie " + versionNumber + " van het advies over "
                + advice.vraagstukCode() + " · " + advice.vraagstukTitle() + " vastgesteld en aan u gezonden. "
                + "U vindt het in Tafelwerk onder Adviezen.";
        List<Notice.Attachment> attachments = new ArrayList<>();
        try {
            attachments.add(new Notice.Attachment(fileName(advice, versionNumber, "pdf"), DocumentRenderer.PDF_MEDIA_TYPE,
                    renderer.pdf(document(advice.id(), versionNumber))));
        } catch (UnsupportedOperationException e) {
            // Until the renderer exists the notice goes without the PDF; the link opens the advice in the app.
            log.warn("Advice {} version {} sent without its PDF: {}", advice.id(), versionNumber, e.getMessage());
        }
        return new Notice("advice.sent", title, body, advice.route(), attachments);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Delivery> deliveries(long adviceId) {
        return deliveries.findByAdviceIdOrderBySentAtDescIdAsc(adviceId).stream().map(DeliveryEntity::toDelivery).toList();
    }

    /** "Ter informatie": the advice versions sent to the caller, newest first, with whether they opened them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InformedAdvice> informed() {
        AuthenticatedUser user = currentUser.require();
        List<InformedAdvice> list = new ArrayList<>();
        for (DeliveryEntity d : deliveries.findByRecipientOrderBySentAtDesc(user.username())) {
            Delivery delivery = d.toDelivery();
            advices.find(delivery.adviceId()).ifPresent(a -> list.add(new InformedAdvice(a.id(), a.vraagstukCode(),
                    a.vraagstukTitle(), delivery.versionNumber(), delivery.sentAt(), delivery.sentBy(), delivery.readAt())));
        }
        list.sort(Comparator.comparing(InformedAdvice::sentAt).reversed());
        return list;
    }

    /** Records that the caller opened the advice: a read receipt on each version sent to them not yet read. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long adviceId) {
        AuthenticatedUser user = currentUser.require();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (DeliveryEntity d : deliveries.findByRecipientAndAdviceId(user.username(), adviceId)) {
            d.markRead(now);
        }
    }

    private java.util.Optional<GremiumView> gremium(Advice advice) {
        return vraagstukken.find(advice.vraagstukCode()).map(Vraagstuk::gremiumCode)
                .flatMap(code -> gremia.all().stream().filter(g -> g.code().equals(code)).findFirst());
    }
}
