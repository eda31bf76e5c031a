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

    private LiveObjects(Map<String, Long> instances) {
        this.instances = instances;
    }

    public static LiveObjects count() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, Long> counts = new HashMap<>();
            for (String line : histogram.split("\n")) {
                // "   1:   12345   67890  java.lang.String (java.base@25)"
                String[] columns = line.trim().split("\\s+");
                if (columns.length >= 4 && columns[0].endsWith(":")) {
                    counts.merge(columns[3], Long.parseLong(columns[1]), Long::sum);
                }
            }
            return new LiveObjects(counts);
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

    public long exactly(String className) {
        return instances.getOrDefault(className, 0L);
    }
}
