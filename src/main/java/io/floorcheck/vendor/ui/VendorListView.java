package io.floorcheck.vendor.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.floorcheck.security.Roles;
import io.floorcheck.vendor.ServiceLine;
import io.floorcheck.vendor.VendorFilter;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.vendor.VendorSort;
import io.floorcheck.vendor.VendorSummary;
import jakarta.annotation.security.RolesAllowed;

/** Procurement's list of vendors: searchable, filterable by service line, paged and sorted in the database. */
@Route("vendors")
@Menu(order = 30, icon = "vaadin:building", title = "Vendors")
@RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT})
class VendorListView extends Main implements HasDynamicTitle {

    private final transient VendorService vendors;
    private final Grid<VendorSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ServiceLine> line = new Select<>();

    VendorListView(VendorService vendors) {
        this.vendors = vendors;
        addClassName("fc-page");
        search.setPlaceholder(getTranslation("vendors.search"));
        search.setId("vendor-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        line.setId("vendor-line");
        line.setItems(ServiceLine.values());
        line.setEmptySelectionAllowed(true);
        line.setEmptySelectionCaption(getTranslation("vendors.allLines"));
        line.setItemLabelGenerator(l -> l == null ? getTranslation("vendors.allLines")
                : getTranslation("vendors.line." + l));
        line.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("vendors.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(VendorEditView.class)));
        create.setId("vendor-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("vendors.import.title"), VaadinIcon.UPLOAD_ALT.create(),
                click -> new VendorImportDialog(vendors, () -> grid.getDataProvider().refreshAll()).open());
        importCsv.setId("vendor-import");
        Div toolbar = new Div(search, line, create, importCsv);
        toolbar.addClassName("fc-actions");

        grid.setId("vendor-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(VendorSummary::shortName).setHeader(getTranslation("vendors.column.short"))
                .setKey(VendorSort.Column.SHORT_NAME.name()).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(VendorSummary::legalName).setHeader(getTranslation("vendors.column.legal"))
                .setKey(VendorSort.Column.LEGAL_NAME.name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(VendorSummary::hqCountry).setHeader(getTranslation("vendors.column.country"))
                .setKey(VendorSort.Column.HQ_COUNTRY.name()).setSortable(true).setFlexGrow(1);
        grid.addColumn(VendorSummary::siteCities).setHeader(getTranslation("vendors.column.sites"))
                .setKey(VendorSort.Column.SITES.name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(v -> String.format(getLocale(), "%,d", v.seats())).setHeader(getTranslation("vendors.column.seats"))
                .setKey(VendorSort.Column.SEATS.name()).setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(v -> v.serviceLines().stream().sorted().map(l -> getTranslation("vendors.line." + l))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("vendors.column.lines")).setFlexGrow(2);
        grid.setItems(query -> vendors.search(filter(), query.getOffset(), query.getLimit(),
                sort(query.getSortOrders())).stream(), query -> vendors.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(VendorEditView.class, e.getItem().id())));
        grid.setSizeFull();
        add(new H1(getTranslation("vendors.title")), toolbar, grid);
    }

    private VendorFilter filter() {
        return new VendorFilter(search.getValue(), line.getValue());
    }

    private static List<VendorSort> sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream().map(order -> new VendorSort(VendorSort.Column.valueOf(order.getSorted()),
                order.getDirection() == SortDirection.ASCENDING)).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vendors.title") + " · " + getTranslation("app.name");
    }
}
