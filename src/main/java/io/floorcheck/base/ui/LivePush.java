package io.floorcheck.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * Server push only while something on the page needs it: a live debrief, a card told when the
 * debrief changes, a message from an upload or a download (they run outside the UI's lock).
 * Elsewhere a tab holds no push connection, which costs ~160–180 kB of server memory per open
 * tab (the WebSocket's buffers) — most of a scorecard session's budget.
 *
 * <p>Counted per UI and applied once per round trip, just before the response: navigating from
 * one live page to another detaches the old view before it attaches the new one, and switching
 * push off and on in between would drop the live connection and make the browser reconnect.
 * The transport is the one {@code @Push} would give (WebSocket down, plain requests up), so a
 * user's clicks still pass the servlet filters (a disabled account is signed out at once).
 */
public final class LivePush {

    private static final String USERS = LivePush.class.getName() + ".users";
    private static final String PENDING = LivePush.class.getName() + ".pending";

    private LivePush() {
    }

    /** Push is on in the component's UI while the component is attached. */
    public static void whileAttached(Component component) {
        component.addAttachListener(event -> change(event.getUI(), 1));
        component.addDetachListener(event -> change(event.getUI(), -1));
    }

    private static void change(UI ui, int by) {
        Integer before = (Integer) ComponentUtil.getData(ui, USERS);
        ComponentUtil.setData(ui, USERS, Math.max(0, (before == null ? 0 : before) + by));
        if (ComponentUtil.getData(ui, PENDING) == null) {
            ComponentUtil.setData(ui, PENDING, Boolean.TRUE);
            ui.beforeClientResponse(ui, context -> apply(ui));
        }
    }

    private static void apply(UI ui) {
        ComponentUtil.setData(ui, PENDING, null);
        Integer users = (Integer) ComponentUtil.getData(ui, USERS);
        PushMode wanted = users != null && users > 0 ? PushMode.AUTOMATIC : PushMode.DISABLED;
        if (ui.getPushConfiguration().getPushMode() != wanted) {
            if (wanted.isEnabled()) {
                ui.getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
            }
            ui.getPushConfiguration().setPushMode(wanted);
        }
    }
}
