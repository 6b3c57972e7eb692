package io.floorcheck.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.floorcheck.security.Account;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.PasswordChangeGate;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view. The side navigation comes from {@code @Menu}
 * entries, which Vaadin filters by the user's access, so the layout never names a feature view
 * and nobody sees a link they cannot open.
 */
@Layout
@PermitAll
@CssImport("./styles/floorcheck.css")
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("fc-shell");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Span product = new Span(getTranslation("app.name"));
        product.addClassName("fc-navbar-title");
        Div spacer = new Div();
        spacer.addClassName("fc-navbar-spacer");
        addToNavbar(toggle, product, spacer, userMenu());

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("fc-brand");
        Span footer = new Span(getTranslation("layout.drawer.footer"));
        footer.addClassName("fc-drawer-footer");
        addToDrawer(brand, new Scroller(sideNav()), footer);
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("fc-sidenav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry, getTranslation("menu." + entry.title()))));
        return nav;
    }

    /** Menu titles in {@code @Menu} are keys below "menu." in the messages bundle. */
    private static SideNavItem item(MenuEntry entry, String title) {
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Account account = CurrentUser.account().orElse(null);
        String name = account == null ? "" : account.displayName();
        Avatar avatar = new Avatar(name);
        Div who = new Div(new Span(name), roleLabel(account));
        who.addClassName("fc-user-who");
        var root = menu.addItem(avatar);
        root.add(who);
        root.getSubMenu().addItem(getTranslation("layout.usermenu.account"),
                event -> getUI().ifPresent(ui -> ui.navigate(PasswordChangeGate.ACCOUNT_ROUTE)));
        root.getSubMenu().addItem(getTranslation("layout.usermenu.logout"), event -> authentication.logout());
        return menu;
    }

    private Span roleLabel(Account account) {
        Span role = new Span(account == null || account.primaryRole().isEmpty() ? ""
                : getTranslation("role." + account.primaryRole()));
        role.addClassName("fc-user-role");
        return role;
    }
}
