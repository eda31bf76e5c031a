package nl.tafelwerk.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortest strong reference paths from GC roots to the instances of a class in an HPROF heap dump
 * ({@code jcmd PID GC.heap_dump FILE}): what keeps objects alive that should have been collected.
 * Paths are grouped by their shape (the classes and fields along them), with how many instances
 * each shape holds. Weak, soft and phantom references are not followed.
 *
 * <pre>
 * java -Xmx3g -cp target/test-classes nl.tafelwerk.bench.HeapPaths heap.hprof com.vaadin.flow.spring.SpringVaadinSession
 * </pre>
 */
public final class HeapPaths {

    private static final int OBJECT = 2;

    private final ByteBuffer dump;
    private int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, ClassInfo> classes = new HashMap<>();
    private final List<long[]> roots = new ArrayList<>();
    private final Map<Long, String> rootKinds = new HashMap<>();

    // object id -> node; per node: kind, position of its record body, class id
    private final IdIndex index = new IdIndex(1 << 24);
    private long[] positions = new long[1 << 20];
    private long[] classOf = new long[1 << 20];
    private byte[] kinds = new byte[1 << 20];
    private int nodes;

    private static final byte INSTANCE = 1;
    private static final byte OBJECT_ARRAY = 2;
    private static final byte PRIMITIVE_ARRAY = 3;
    private static final byte CLASS = 4;

    record Field(String name, int type) {
    }

    record ClassInfo(long id, long superId, long loaderId, List<Field> fields, List<long[]> staticRefs, List<String> staticNames) {
    }

    private HeapPaths(ByteBuffer dump) {
        this.dump = dump;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String target = args[1];
        int shapes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r"); FileChannel channel = raf.getChannel()) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Dump larger than 2 GiB; dump a smaller heap");
            }
            HeapPaths heap = new HeapPaths(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
            heap.read();
            heap.report(target, shapes);
        }
    }

    private void read() {
        while (dump.get() != 0) {
            // header "JAVA PROFILE 1.0.2\0"
        }
        idSize = dump.getInt();
        dump.getLong();
        while (dump.hasRemaining()) {
            int tag = dump.get() & 0xff;
            dump.getInt();
            long length = Integer.toUnsignedLong(dump.getInt());
            int end = (int) (dump.position() + length);
            switch (tag) {
                case 0x01 -> {
                    long id = id();
                    byte[] text = new byte[(int) length - idSize];
                    dump.get(text);
                    strings.put(id, new String(text, java.nio.charset.StandardCharsets.UTF_8));
                }
                case 0x02 -> {
                    dump.getInt();
                    long classId = id();
                    dump.getInt();
                    classNames.put(classId, strings.getOrDefault(id(), "?").replace('/', '.'));
                }
                case 0x0C, 0x1C -> readHeap(end);
                default -> { }
            }
            dump.position(end);
        }
    }

    private void readHeap(int end) {
        while (dump.position() < end) {
            int sub = dump.get() & 0xff;
            switch (sub) {
                case 0xFF -> root(id(), "unknown");
                case 0x01 -> {
                    root(id(), "JNI global");
                    id();
                }
                case 0x02 -> {
                    root(id(), "JNI local");
                    dump.getInt();
                    dump.getInt();
                }
                case 0x03 -> {
                    root(id(), "Java frame");
                    dump.getInt();
                    dump.getInt();
                }
                case 0x04 -> {
                    root(id(), "native stack");
                    dump.getInt();
                }
                case 0x05 -> root(id(), "system class");
                case 0x06 -> {
                    root(id(), "thread block");
                    dump.getInt();
                }
                case 0x07 -> root(id(), "monitor");
                case 0x08 -> {
                    root(id(), "thread");
                    dump.getInt();
                    dump.getInt();
                }
                case 0x20 -> readClass();
                case 0x21 -> {
                    int at = dump.position();
                    long id = id();
                    dump.getInt();
                    long classId = id();
                    int size = dump.getInt();
                    node(id, INSTANCE, at, classId);
                    dump.position(dump.position() + size);
                }
                case 0x22 -> {
                    int at = dump.position();
                    long id = id();
                    dump.getInt();
                    int count = dump.getInt();
                    long classId = id();
                    node(id, OBJECT_ARRAY, at, classId);
                    dump.position(dump.position() + count * idSize);
                }
                case 0x23 -> {
                    int at = dump.position();
                    long id = id();
                    dump.getInt();
                    int count = dump.getInt();
                    int type = dump.get();
                    node(id, PRIMITIVE_ARRAY, at, type);
                    dump.position(dump.position() + count * size(type));
                }
                default -> throw new IllegalStateException("Unknown heap record " + sub + " at " + dump.position());
            }
        }
    }

    private void readClass() {
        int at = dump.position();
        long id = id();
        dump.getInt();
        long superId = id();
        long loaderId = id();
        id();
        id();
        id();
        id();
        dump.getInt();
        int constants = dump.getShort() & 0xffff;
        for (int i = 0; i < constants; i++) {
            dump.getShort();
            skip(dump.get());
        }
        List<long[]> staticRefs = new ArrayList<>();
        List<String> staticNames = new ArrayList<>();
        int statics = dump.getShort() & 0xffff;
        for (int i = 0; i < statics; i++) {
            String name = strings.getOrDefault(id(), "?");
            int type = dump.get();
            if (type == OBJECT) {
                staticRefs.add(new long[] {id()});
                staticNames.add(name);
            } else {
                skip(type);
            }
        }
        List<Field> fields = new ArrayList<>();
        int instanceFields = dump.getShort() & 0xffff;
        for (int i = 0; i < instanceFields; i++) {
            fields.add(new Field(strings.getOrDefault(id(), "?"), dump.get()));
        }
        classes.put(id, new ClassInfo(id, superId, loaderId, fields, staticRefs, staticNames));
        node(id, CLASS, at, id);
    }

    private void root(long id, String kind) {
        roots.add(new long[] {id});
        rootKinds.putIfAbsent(id, kind);
    }

    private void node(long id, byte kind, int at, long classId) {
        if (nodes == positions.length) {
            positions = Arrays.copyOf(positions, nodes * 2);
            classOf = Arrays.copyOf(classOf, nodes * 2);
            kinds = Arrays.copyOf(kinds, nodes * 2);
        }
        positions[nodes] = at;
        classOf[nodes] = classId;
        kinds[nodes] = kind;
        index.put(id, nodes++);
    }

    /** Calls {@code edge} with (field label, target node) for each strong reference of {@code node}. */
    private void references(int node, EdgeConsumer edge) {
        switch (kinds[node]) {
            case CLASS -> {
                ClassInfo info = classes.get(classOf[node]);
                for (int i = 0; i < info.staticRefs().size(); i++) {
                    edge.accept("static " + info.staticNames().get(i), index.get(info.staticRefs().get(i)[0]));
                }
                edge.accept("<loader>", index.get(info.loaderId()));
            }
            case OBJECT_ARRAY -> {
                ByteBuffer b = dump.duplicate();
                b.position((int) positions[node]);
                readId(b);
                b.getInt();
                int count = b.getInt();
                readId(b);
                for (int i = 0; i < count; i++) {
                    edge.accept("[" + i + "]", index.get(readId(b)));
                }
            }
            case INSTANCE -> {
                ByteBuffer b = dump.duplicate();
                b.position((int) positions[node]);
                readId(b);
                b.getInt();
                long classId = readId(b);
                b.getInt();
                boolean reference = isReference(classId);
                for (long c = classId; c != 0 && classes.containsKey(c); c = classes.get(c).superId()) {
                    boolean referenceClass = "java.lang.ref.Reference".equals(classNames.get(c));
                    for (Field field : classes.get(c).fields()) {
                        if (field.type() == OBJECT) {
                            long target = readId(b);
                            if (!(reference && referenceClass && field.name().equals("referent"))) {
                                edge.accept(field.name(), index.get(target));
                            }
                        } else {
                            b.position(b.position() + size(field.type()));
                        }
                    }
                }
            }
            default -> { }
        }
    }

    private boolean isReference(long classId) {
        for (long c = classId; c != 0 && classes.containsKey(c); c = classes.get(c).superId()) {
            if ("java.lang.ref.Reference".equals(classNames.get(c))) {
                return true;
            }
        }
        return false;
    }

    interface EdgeConsumer {
        void accept(String label, int target);
    }

    private void report(String target, int shapes) {
        int[] parent = new int[nodes];
        Arrays.fill(parent, -2);
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        for (long[] root : roots) {
            int node = index.get(root[0]);
            if (node >= 0 && parent[node] == -2) {
                parent[node] = -1;
                queue[tail++] = node;
            }
        }
        while (head < tail) {
            int from = queue[head++];
            int[] t = {tail};
            references(from, (label, to) -> {
                if (to >= 0 && parent[to] == -2) {
                    parent[to] = from;
                    queue[t[0]++] = to;
                }
            });
            tail = t[0];
        }
        Map<String, Integer> shapeCounts = new LinkedHashMap<>();
        Map<String, String> examples = new HashMap<>();
        int found = 0;
        for (int node = 0; node < nodes; node++) {
            if (kinds[node] == INSTANCE && name(node).equals(target) && parent[node] != -2) {
                found++;
                List<String> steps = new ArrayList<>();
                StringBuilder shape = new StringBuilder();
                for (int at = node; at >= 0; at = parent[at]) {
                    int from = parent[at];
                    String label = from < 0 ? "ROOT(" + rootKinds.get(idOf(at)) + ")" : label(from, at);
                    steps.add(0, name(at) + "  <- " + label);
                    shape.insert(0, name(at) + "." + label.replaceAll("\\[\\d+\\]", "[]") + "|");
                }
                String key = shape.toString();
                shapeCounts.merge(key, 1, Integer::sum);
                examples.putIfAbsent(key, String.join("\n    ", steps));
            }
        }
        System.out.println(found + " reachable instances of " + target + " (" + nodes + " objects in the dump)");
        shapeCounts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(shapes).forEach(e -> {
            System.out.println("\n" + e.getValue() + " held along:\n    " + examples.get(e.getKey()));
        });
    }

    private String label(int from, int to) {
        String[] found = {"?"};
        references(from, (label, target) -> {
            if (target == to && "?".equals(found[0])) {
                found[0] = label;
            }
        });
        return found[0];
    }

    private long idOf(int node) {
        ByteBuffer b = dump.duplicate();
        b.position((int) positions[node]);
        return readId(b);
    }

    private String name(int node) {
        return switch (kinds[node]) {
            case CLASS -> "class " + classNames.getOrDefault(classOf[node], "?");
            case PRIMITIVE_ARRAY -> "primitive[]";
            default -> classNames.getOrDefault(classOf[node], "?");
        };
    }

    private long id() {
        return readId(dump);
    }

    private long readId(ByteBuffer b) {
        return idSize == 8 ? b.getLong() : Integer.toUnsignedLong(b.getInt());
    }

    private void skip(int type) {
        dump.position(dump.position() + size(type));
    }

    private int size(int type) {
        return switch (type) {
            case OBJECT -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("Unknown basic type " + type);
        };
    }

    /** Open-addressing map from object id to node number. */
    private static final class IdIndex {
        private long[] keys;
        private int[] values;
        private int size;

        IdIndex(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
        }

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(key, keys.length);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (keys[slot] == 0) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(long key) {
            if (key == 0) {
                return -1;
            }
            int slot = slot(key, keys.length);
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return -1;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & (length - 1);
        }
    }
}
