package io.floorcheck.recommendation.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.shared.Registration;
import io.floorcheck.recommendation.RecommendationsChanged;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open debrief of a visit that its recommendations changed, once the change is
 * committed; each view then refreshes itself through its own UI (server push).
 */
@Component
class DebriefBroadcaster {

    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();
    /**
     * Views are told on a thread of their own: never on the committing request's thread, whose
     * session, security context and finished transaction belong to somebody else.
     */
    private final ExecutorService notifier = Executors.newVirtualThreadPerTaskExecutor();

    Registration register(long visitId, Runnable onChange) {
        listeners.computeIfAbsent(visitId, id -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> listeners.computeIfPresent(visitId, (id, list) -> {
            list.remove(onChange);
            return list.isEmpty() ? null : list;
        });
    }

    @TransactionalEventListener
    void changed(RecommendationsChanged change) {
        listeners.getOrDefault(change.visitId(), List.of()).forEach(notifier::execute);
    }

    @PreDestroy
    void stop() {
        notifier.shutdownNow();
    }
}
