package nl.tafelwerk.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import javax.management.ObjectName;

/**
 * Counts the live instances of classes in this JVM from a class histogram (which forces a full GC
 * first, so only objects reachable from GC roots are counted), e.g. how many Vaadin sessions the
 * server still holds after everyone logged out.
 */
public final class LiveObjects {

    private final Map<String, Long> instances;
    private final Map<String, Long> bytes;

    private LiveObjects(Map<String, Long> instances, Map<String, Long> bytes) {
        this.instances = instances;
        this.bytes = bytes;
    }

    public static LiveObjects count() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, Long> counts = new HashMap<>();
            Map<String, Long> sizes = new HashMap<>();
            for (String line : histogram.split("\n")) {
                // "   1:   12345   67890  java.lang.String (java.base@25)"
                String[] columns = line.trim().split("\\s+");
                if (columns.length >= 4 && columns[0].endsWith(":")) {
                    counts.merge(columns[3], Long.parseLong(columns[1]), Long::sum);
                    sizes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
                }
            }
            return new LiveObjects(counts, sizes);
        } catch (Exception e) {
            throw new IllegalStateException("No class histogram from this JVM", e);
        }
    }

    /** Writes the live objects of this JVM to an HPROF file, to be read with {@link HeapPaths}. */
    public static void dumpHeap(java.nio.file.Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(file.toAbsolutePath().toString(), true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Live instances of classes whose name ends with {@code simpleNameOrSuffix} (e.g. "VaadinSession"). */
    public long of(String simpleNameOrSuffix) {
        return instances.entrySet().stream().filter(e -> e.getKey().endsWith(simpleNameOrSuffix))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Bytes held by all live objects (the heap after a full GC). */
    public long totalBytes() {
        return bytes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The classes whose live bytes grew most since {@code earlier}, e.g. to see what a leak is made of. */
    public java.util.List<String> grownSince(LiveObjects earlier, int top) {
        return bytes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - earlier.bytes.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> String.format(java.util.Locale.ROOT, "%+10d bytes %+8d instances  %s", e.getValue(),
                        instances.getOrDefault(e.getKey(), 0L) - earlier.instances.getOrDefault(e.getKey(), 0L), e.getKey()))
                .toList();
    }

    public long exactly(String className) {
        return instances.getOrDefault(className, 0L);
    }
}
