package io.floorcheck.vendor.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import io.floorcheck.security.Roles;
import io.floorcheck.vendor.ServiceLine;
import io.floorcheck.vendor.Vendor;
import io.floorcheck.vendor.VendorContact;
import io.floorcheck.vendor.VendorDraft;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.vendor.VendorSite;
import jakarta.annotation.security.RolesAllowed;

/** One vendor with its sites and contacts, new or existing; saved as a whole. */
@Route("vendors/edit")
@RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT})
class VendorEditView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted()
            .toList();

    private final transient VendorService vendors;
    private Long id;
    private int version;
    private final TextField legalName = new TextField();
    private final TextField shortName = new TextField();
    private final TextField country = new TextField();
    private final TextField website = new TextField();
    private final CheckboxGroup<ServiceLine> lines = new CheckboxGroup<>();
    private final TextField languages = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea notes = new TextArea();
    private final Div sites = new Div();
    private final Div contacts = new Div();
    private final List<SiteRow> siteRows = new ArrayList<>();
    private final List<ContactRow> contactRows = new ArrayList<>();
    private String title = "";

    VendorEditView(VendorService vendors) {
        this.vendors = vendors;
        addClassName("fc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long vendorId) {
        removeAll();
        siteRows.clear();
        contactRows.clear();
        id = vendorId;
        VendorDraft details;
        if (vendorId == null) {
            details = new VendorDraft("", "", "", "", "", Set.of(), "", "", List.of(), List.of());
            version = 0;
            title = getTranslation("vendors.new");
        } else {
            Vendor vendor = vendors.vendor(vendorId);
            details = vendor.details();
            version = vendor.version();
            title = vendor.details().legalName();
        }
        build(details);
    }

    private void build(VendorDraft details) {
        label(legalName, "vendors.field.legal", details.legalName(), "vendor-legal-name");
        legalName.setRequiredIndicatorVisible(true);
        legalName.setWidth("26rem");
        label(shortName, "vendors.field.short", details.shortName(), "vendor-short-name");
        shortName.setRequiredIndicatorVisible(true);
        label(country, "vendors.field.country", details.hqCountry(), "vendor-country");
        label(website, "vendors.field.website", details.website(), "vendor-website");
        label(languages, "vendors.field.languages", details.languages(), "vendor-languages");
        lines.setLabel(getTranslation("vendors.field.lines"));
        lines.setItems(ServiceLine.values());
        lines.setItemLabelGenerator(l -> getTranslation("vendors.line." + l));
        lines.setValue(details.serviceLines());
        description.setLabel(getTranslation("vendors.field.description"));
        description.setValue(Objects.toString(details.description(), ""));
        notes.setLabel(getTranslation("vendors.field.notes"));
        notes.setHelperText(getTranslation("vendors.field.notesHelp"));
        notes.setValue(Objects.toString(details.notes(), ""));
        Div company = new Div(legalName, shortName, country, website, languages);
        company.addClassName("fc-edit-row");
        description.addClassName("fc-wide");
        notes.addClassName("fc-wide");
        Div companyCard = new Div(new H2(getTranslation("vendors.company")), company, lines, description, notes);
        companyCard.addClassName("fc-card");

        sites.removeAll();
        details.sites().forEach(this::addSite);
        Button addSite = new Button(getTranslation("vendors.addSite"), VaadinIcon.PLUS.create(), e -> addSite(null));
        addSite.setId("vendor-add-site");
        addSite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div siteCard = new Div(new H2(getTranslation("vendors.sites")), sites, addSite);
        siteCard.addClassName("fc-card");

        contacts.removeAll();
        details.contacts().forEach(this::addContact);
        Button addContact = new Button(getTranslation("vendors.addContact"), VaadinIcon.PLUS.create(),
                e -> addContact(null));
        addContact.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div contactCard = new Div(new H2(getTranslation("vendors.contacts")), contacts, addContact);
        contactCard.addClassName("fc-card");

        Button save = new Button(getTranslation("vendors.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("vendor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("vendors.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(VendorListView.class)));
        Div actions = new Div(save, back);
        actions.addClassName("fc-actions");
        H1 heading = new H1(title);
        heading.setId("vendor-title");
        add(heading, companyCard, siteCard, contactCard, actions);
    }

    private void label(TextField field, String key, String value, String fieldId) {
        field.setLabel(getTranslation(key));
        field.setValue(Objects.toString(value, ""));
        field.setId(fieldId);
    }

    /** The fields of one site. */
    private final class SiteRow extends Div {
        final TextField city = new TextField(getTranslation("vendors.site.city"));
        final TextField siteCountry = new TextField(getTranslation("vendors.site.country"));
        final IntegerField seats = new IntegerField(getTranslation("vendors.site.seats"));
        final CheckboxGroup<ServiceLine> channels = new CheckboxGroup<>(getTranslation("vendors.site.channels"));
        final ComboBox<String> zone = new ComboBox<>(getTranslation("vendors.site.zone"), ZONES);
        /** Kept, so the saved site is updated rather than replaced: visits refer to it. */
        final Long siteId;

        SiteRow(VendorSite site) {
            siteId = site == null ? null : site.id();
            addClassNames("fc-edit-row", "fc-edit-criterion");
            channels.setItems(ServiceLine.values());
            channels.setItemLabelGenerator(l -> getTranslation("vendors.line." + l));
            seats.setMin(0);
            seats.addClassName("fc-number-field");
            zone.setAllowCustomValue(false);
            if (site != null) {
                city.setValue(site.city());
                siteCountry.setValue(site.country());
                seats.setValue(site.seats());
                channels.setValue(site.channels());
                zone.setValue(site.timeZone());
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                siteRows.remove(this);
                sites.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("editor.remove"));
            add(city, siteCountry, seats, zone, channels, remove);
        }

        VendorSite site() {
            return new VendorSite(siteId, city.getValue(), siteCountry.getValue(), seats.getValue(),
                    channels.getValue().isEmpty() ? EnumSet.noneOf(ServiceLine.class) : channels.getValue(),
                    zone.getValue());
        }
    }

    /** The fields of one contact. */
    private final class ContactRow extends Div {
        final TextField name = new TextField(getTranslation("vendors.contact.name"));
        final TextField role = new TextField(getTranslation("vendors.contact.title"));
        final EmailField email = new EmailField(getTranslation("vendors.contact.email"));
        final TextField phone = new TextField(getTranslation("vendors.contact.phone"));

        ContactRow(VendorContact contact) {
            addClassNames("fc-edit-row", "fc-edit-criterion");
            if (contact != null) {
                name.setValue(contact.name());
                role.setValue(Objects.toString(contact.title(), ""));
                email.setValue(Objects.toString(contact.email(), ""));
                phone.setValue(Objects.toString(contact.phone(), ""));
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                contactRows.remove(this);
                contacts.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("editor.remove"));
            add(name, role, email, phone, remove);
        }

        VendorContact contact() {
            return new VendorContact(name.getValue(), role.getValue(), email.getValue(), phone.getValue());
        }
    }

    private void addSite(VendorSite site) {
        SiteRow row = new SiteRow(site);
        siteRows.add(row);
        sites.add(row);
    }

    private void addContact(VendorContact contact) {
        ContactRow row = new ContactRow(contact);
        contactRows.add(row);
        contacts.add(row);
    }

    VendorDraft draft() {
        return new VendorDraft(legalName.getValue(), shortName.getValue(), country.getValue(), website.getValue(),
                description.getValue(), lines.getValue(), languages.getValue(), notes.getValue(),
                siteRows.stream().map(SiteRow::site).toList(), contactRows.stream().map(ContactRow::contact).toList());
    }

    private void save() {
        // Rule violations are shown by the session's error handler, translated; nothing is lost from the form.
        if (id == null) {
            long created = vendors.create(draft());
            Notification.show(getTranslation("vendors.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(VendorEditView.class, created));
        } else {
            version = vendors.update(id, version, draft());
            title = legalName.getValue().strip();
            Notification.show(getTranslation("vendors.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
