package io.floorcheck.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.floorcheck.security.Roles;
import io.floorcheck.user.CreatedUser;
import io.floorcheck.user.UserAccount;
import io.floorcheck.user.UserDraft;
import io.floorcheck.user.UserService;
import jakarta.annotation.security.RolesAllowed;

/** Administrators list, create and edit users, disable them and reset their passwords. */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends Main implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();

    UserAdminView(UserService users) {
        this.users = users;
        addClassName("fc-page");

        search.setPlaceholder(getTranslation("users.search"));
        search.setId("user-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), event -> openNew());
        add.setId("user-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(search, add);
        toolbar.addClassName("fc-toolbar");

        grid.setId("user-grid");
        // Wrapped, never cut: a long title or several roles stay readable at tablet width.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(UserAdminView::userCell).setHeader(getTranslation("users.column.name"))
                .setComparator(UserAccount::displayName).setSortable(true).setFlexGrow(3);
        grid.addColumn(UserAccount::title).setHeader(getTranslation("users.column.title")).setFlexGrow(2);
        grid.addColumn(this::rolesLabel).setHeader(getTranslation("users.column.roles")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        // Frozen to the right edge, so the row menu is reachable on a tablet without scrolling.
        grid.addComponentColumn(this::actions).setWidth("4.5rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.addItemDoubleClickListener(event -> openEdit(event.getItem()));
        grid.setSizeFull();

        add(new H1(getTranslation("users.title")), toolbar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }

    private void refresh() {
        grid.setItems(users.search(search.getValue()));
    }

    private String rolesLabel(UserAccount user) {
        return Roles.ALL.stream().filter(user.roles()::contains).map(role -> getTranslation("role." + role))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private Span status(UserAccount user) {
        Span badge = new Span(getTranslation(user.enabled() ? "users.status.enabled" : "users.status.disabled"));
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge contrast");
        return badge;
    }

    private static Div userCell(UserAccount user) {
        Span email = new Span(user.email());
        email.addClassName("fc-muted");
        Div cell = new Div(new Span(user.displayName()), email);
        cell.addClassName("fc-user-cell");
        return cell;
    }

    /** One compact menu per row, so the grid stays readable on a tablet. */
    private MenuBar actions(UserAccount user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("users.actions", user.email()));
        root.getSubMenu().addItem(getTranslation("users.edit"), event -> openEdit(user));
        root.getSubMenu().addItem(getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                event -> toggleEnabled(user));
        root.getSubMenu().addItem(getTranslation("users.resetPassword"), event -> confirmReset(user));
        return menu;
    }

    private void openNew() {
        UserForm form = new UserForm(getTranslation("users.form.newTitle"), UserDraft.empty());
        form.setOnSave(draft -> {
            CreatedUser created = users.create(draft);
            form.close();
            refresh();
            new OneTimePasswordDialog(getTranslation("users.created", created.user().email()),
                    created.initialPassword()).open();
        });
        form.open();
    }

    private void openEdit(UserAccount user) {
        UserForm form = new UserForm(getTranslation("users.form.editTitle", user.displayName()), user.toDraft());
        form.setOnSave(draft -> {
            UserAccount saved = users.update(user.id(), user.version(), draft);
            form.close();
            refresh();
            notifySuccess(getTranslation("users.saved", saved.email()));
        });
        form.open();
    }

    private void toggleEnabled(UserAccount user) {
        if (!user.enabled()) {
            users.setEnabled(user.id(), user.version(), true);
            refresh();
            notifySuccess(getTranslation("users.enabled", user.email()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.disable.confirmTitle", user.email()),
                getTranslation("users.disable.confirmText"), getTranslation("users.disable"), event -> {
                    users.setEnabled(user.id(), user.version(), false);
                    refresh();
                    notifySuccess(getTranslation("users.disabled", user.email()));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("users.form.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void confirmReset(UserAccount user) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.reset.confirmTitle", user.email()),
                getTranslation("users.reset.confirmText"), getTranslation("users.resetPassword"), event -> {
                    String password = users.resetPassword(user.id());
                    refresh();
                    new OneTimePasswordDialog(getTranslation("users.reset.done", user.email()), password).open();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("users.form.cancel"));
        confirm.open();
    }

    private static void notifySuccess(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
