package nl.tafelwerk.advice.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.AdviceVersion;
import nl.tafelwerk.advice.SectorPosition;
import nl.tafelwerk.advice.SourceKind;
import nl.tafelwerk.advice.SourceReference;
import nl.tafelwerk.advice.Stance;
import tools.jackson.core.type.TypeReference;

/** A vastgestelde version's content as one JSON document: written once, read as {@link AdviceVersion}. */
public final class Snapshots {

    private static final TypeReference<Snapshot> TYPE = new TypeReference<>() {};

    record Reference(String key, String kind, String label, String link, String summary, String fingerprint) {
    }

    record Position(String sectorCode, String sectorName, String stance, String reason, String setBy, String setByName,
                    String setAt) {
    }

    record Snapshot(Map<String, String> texts, Map<String, List<Reference>> references, List<Position> positions,
                    String minority) {
    }

    private Snapshots() {
    }

    public static String write(Map<AdviceSection, String> texts, Map<AdviceSection, List<SourceReference>> references,
                               List<SectorPosition> positions, String minority) {
        Map<String, String> t = new LinkedHashMap<>();
        texts.forEach((s, text) -> t.put(s.name(), text));
        Map<String, List<Reference>> r = new LinkedHashMap<>();
        references.forEach((s, list) -> r.put(s.name(), list.stream()
                .map(x -> new Reference(x.key(), x.kind().name(), x.label(), x.link(), x.summary(), x.fingerprint())).toList()));
        List<Position> p = positions.stream().map(x -> new Position(x.sectorCode(), x.sectorName(), x.stance().name(),
                x.reason(), x.setBy(), x.setByName(), x.setAt().toString())).toList();
        return AdviceJson.write(new Snapshot(t, r, p, minority));
    }

    public static AdviceVersion toVersion(AdviceVersionEntity entity) {
        Snapshot s = AdviceJson.read(entity.getSnapshotJson(), TYPE);
        Map<AdviceSection, String> texts = new EnumMap<>(AdviceSection.class);
        s.texts().forEach((k, v) -> texts.put(AdviceSection.valueOf(k), v));
        Map<AdviceSection, List<SourceReference>> refs = new EnumMap<>(AdviceSection.class);
        s.references().forEach((k, v) -> refs.put(AdviceSection.valueOf(k), v.stream()
                .map(x -> new SourceReference(x.key(), SourceKind.valueOf(x.kind()), x.label(), x.link(), x.summary(), x.fingerprint()))
                .toList()));
        List<SectorPosition> positions = s.positions().stream().map(x -> new SectorPosition(x.sectorCode(), x.sectorName(),
                Stance.valueOf(x.stance()), x.reason(), x.setBy(), x.setByName(), Instant.parse(x.setAt()))).toList();
        return new AdviceVersion(entity.getAdviceId(), entity.getNumber(), entity.getFixedAt(), entity.getFixedBy(),
                entity.getReason(), texts, refs, positions, s.minority());
    }
}
