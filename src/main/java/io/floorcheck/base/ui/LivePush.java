package io.floorcheck.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * Server push only while something on the page needs it: a live debrief, a card told when the
 * debrief changes, a message from an upload or a download (they run outside the UI's lock).
 * Elsewhere a tab holds no push connection, which costs ~160–180 kB of server memory per open
 * tab (the WebSocket's buffers) — most of a scorecard session's budget. Counted per UI, as the
 * view being left may be detached after the next one is attached.
 */
public final class LivePush {

    private LivePush() {
    }

    /** Push is on in the component's UI while the component is attached. */
    public static void whileAttached(Component component) {
        component.addAttachListener(event -> change(event.getUI(), 1));
        component.addDetachListener(event -> change(event.getUI(), -1));
    }

    private static void change(UI ui, int by) {
        Integer before = (Integer) ComponentUtil.getData(ui, LivePush.class.getName());
        int users = Math.max(0, (before == null ? 0 : before) + by);
        ComponentUtil.setData(ui, LivePush.class.getName(), users);
        PushMode wanted = users > 0 ? PushMode.AUTOMATIC : PushMode.DISABLED;
        if (ui.getPushConfiguration().getPushMode() != wanted) {
            ui.getPushConfiguration().setPushMode(wanted);
        }
    }
}
