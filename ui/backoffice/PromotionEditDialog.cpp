#include "backoffice/PromotionEditDialog.h"

#include "backoffice/ProductTableModel.h"
#include "backoffice/PromotionPreview.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductSearch.h"
#include "common/Clock.h"
#include "money/Money.h"
#include "sales/PromotionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
enum Scope { ProductScope, CategoryScope };
constexpr int kMaxResults = 30;
}

PromotionEditDialog::PromotionEditDialog(PromotionService& promotions, ProductCatalog& catalog, const ProductSearch& search,
                                         const Clock& clock, QString currency, Session actor,
                                         std::optional<Promotion> existing, QWidget* parent)
    : QDialog(parent), m_promotions(promotions), m_catalog(catalog), m_search(search), m_clock(clock),
      m_currency(std::move(currency)), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("promotionEditDialog"));
    setWindowTitle(existing ? tr("Change promotion") : tr("New promotion"));
    auto named = [](QWidget* w, const char* name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_name = static_cast<QLineEdit*>(named(new QLineEdit(this), "name"));
    m_kind = static_cast<QComboBox*>(named(new QComboBox(this), "kind"));
    m_kind->addItem(tr("Percent off"), int(PromotionKind::Percent));
    m_kind->addItem(tr("Amount off each"), int(PromotionKind::Amount));
    m_kind->addItem(tr("N for a price (multibuy)"), int(PromotionKind::Multibuy));
    m_kind->addItem(tr("Buy X get Y free"), int(PromotionKind::BuyXGetY));
    m_percent = static_cast<QLineEdit*>(named(new QLineEdit(this), "percent"));
    m_percent->setPlaceholderText(tr("e.g. 20 for 20% off"));
    m_amount = static_cast<QLineEdit*>(named(new QLineEdit(this), "amount"));
    m_buy = static_cast<QSpinBox*>(named(new QSpinBox(this), "buyQty"));
    m_buy->setRange(1, 99);
    m_buy->setValue(2);
    m_get = static_cast<QSpinBox*>(named(new QSpinBox(this), "getQty"));
    m_get->setRange(1, 99);
    m_bundlePrice = static_cast<QLineEdit*>(named(new QLineEdit(this), "bundlePrice"));

    m_scope = static_cast<QComboBox*>(named(new QComboBox(this), "scope"));
    m_scope->addItem(tr("A product"), ProductScope);
    m_scope->addItem(tr("A category"), CategoryScope);
    m_productQuery = static_cast<QLineEdit*>(named(new QLineEdit(this), "productSearch"));
    m_productQuery->setPlaceholderText(tr("Find a product: name, initials, barcode or SKU"));
    m_productResults = static_cast<QListWidget*>(named(new QListWidget(this), "productResults"));
    m_productResults->setMaximumHeight(100);
    m_product = static_cast<QLabel*>(named(new QLabel(tr("No product chosen"), this), "product"));
    m_category = static_cast<QComboBox*>(named(new QComboBox(this), "category"));
    for (const ProductCategory& c : catalog.categories())
        m_category->addItem(c.path, c.id);

    const QDateTime now = clock.now();
    m_hasStart = static_cast<QCheckBox*>(named(new QCheckBox(tr("Starts"), this), "hasStart"));
    m_startsAt = static_cast<QDateTimeEdit*>(named(new QDateTimeEdit(QDateTime(now.date(), QTime(0, 0), now.timeZone()), this), "startsAt"));
    m_hasEnd = static_cast<QCheckBox*>(named(new QCheckBox(tr("Ends"), this), "hasEnd"));
    m_endsAt = static_cast<QDateTimeEdit*>(
        named(new QDateTimeEdit(QDateTime(now.date().addDays(7), QTime(0, 0), now.timeZone()), this), "endsAt"));
    for (QDateTimeEdit* e : {m_startsAt, m_endsAt}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
    }
    auto* days = new QHBoxLayout;
    const QStringList dayNames{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 0; d < 7; ++d) {
        auto* box = new QCheckBox(dayNames[d], this);
        box->setObjectName(QStringLiteral("day%1").arg(d + 1));
        box->setChecked(true);
        m_days << box;
        days->addWidget(box);
    }
    m_hasHours = static_cast<QCheckBox*>(named(new QCheckBox(tr("Only between"), this), "hasHours"));
    m_timeFrom = static_cast<QTimeEdit*>(named(new QTimeEdit(QTime(17, 0), this), "timeFrom"));
    m_timeTo = static_cast<QTimeEdit*>(named(new QTimeEdit(QTime(21, 0), this), "timeTo"));
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_hasHours);
    hours->addWidget(m_timeFrom);
    hours->addWidget(m_timeTo);
    m_memberOnly = static_cast<QCheckBox*>(named(new QCheckBox(tr("Members only"), this), "memberOnly"));

    m_preview = new PromotionPreview(m_currency, this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    auto addKindRow = [&](PromotionKind kind, const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        form->addRow(l, field);
        m_kindRows[int(kind)] << l << field;
    };
    addKindRow(PromotionKind::Percent, tr("Percent off"), m_percent);
    addKindRow(PromotionKind::Amount, tr("Amount off each unit (or kg)"), m_amount);
    addKindRow(PromotionKind::Multibuy, tr("Quantity"), m_buy);
    m_kindRows[int(PromotionKind::BuyXGetY)] << form->labelForField(m_buy) << m_buy;  // "buy X": the same field
    addKindRow(PromotionKind::Multibuy, tr("For the price of"), m_bundlePrice);
    addKindRow(PromotionKind::BuyXGetY, tr("Free"), m_get);
    form->addRow(tr("On"), m_scope);
    form->addRow(tr("Product"), m_productQuery);
    form->addRow(QString(), m_productResults);
    form->addRow(QString(), m_product);
    form->addRow(tr("Category"), m_category);
    auto* start = new QHBoxLayout;
    start->addWidget(m_hasStart);
    start->addWidget(m_startsAt);
    start->addWidget(m_hasEnd);
    start->addWidget(m_endsAt);
    form->addRow(tr("Dates"), start);
    form->addRow(tr("Days"), days);
    form->addRow(tr("Hours"), hours);
    form->addRow(QString(), m_memberOnly);

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("save"));
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addWidget(new QLabel(tr("Example basket"), this));
    outer->addWidget(m_preview);
    outer->addWidget(m_error);
    outer->addWidget(buttons);

    connect(save, &QPushButton::clicked, this, &PromotionEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PromotionEditDialog::updateKindFields);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PromotionEditDialog::updateKindFields);
    connect(m_productQuery, &QLineEdit::textChanged, this, &PromotionEditDialog::searchProducts);
    connect(m_productResults, &QListWidget::currentRowChanged, this, &PromotionEditDialog::chooseProduct);
    // Every field feeds the example, so its effect is visible while typing.
    for (QLineEdit* e : {m_name, m_percent, m_amount, m_bundlePrice})
        connect(e, &QLineEdit::textChanged, this, &PromotionEditDialog::updatePreview);
    for (QSpinBox* s : {m_buy, m_get})
        connect(s, &QSpinBox::valueChanged, this, &PromotionEditDialog::updatePreview);
    for (QCheckBox* c : {m_hasStart, m_hasEnd, m_hasHours, m_memberOnly})
        connect(c, &QCheckBox::toggled, this, &PromotionEditDialog::updatePreview);
    for (QCheckBox* c : std::as_const(m_days))
        connect(c, &QCheckBox::toggled, this, &PromotionEditDialog::updatePreview);
    for (QDateTimeEdit* e : {m_startsAt, m_endsAt})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &PromotionEditDialog::updatePreview);
    connect(m_category, &QComboBox::currentIndexChanged, this, &PromotionEditDialog::updatePreview);
    for (auto* child : m_preview->findChildren<QLineEdit*>())
        connect(child, &QLineEdit::textChanged, this, &PromotionEditDialog::updatePreview);
    for (auto* child : m_preview->findChildren<QSpinBox*>())
        connect(child, &QSpinBox::valueChanged, this, &PromotionEditDialog::updatePreview);
    for (auto* child : m_preview->findChildren<QCheckBox*>())
        connect(child, &QCheckBox::toggled, this, &PromotionEditDialog::updatePreview);

    if (existing)
        load(*existing);
    updateKindFields();
}

void PromotionEditDialog::load(const Promotion& p)
{
    m_id = p.id;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_percent->setText(Money(p.percentBp, QStringLiteral("CNY")).toPlainString());  // basis points as a percentage
    m_amount->setText(ProductTableModel::formatMinor(p.amountMinor));
    m_buy->setValue(std::max(1, p.buyQty));
    m_get->setValue(std::max(1, p.getQty));
    m_bundlePrice->setText(ProductTableModel::formatMinor(p.bundlePriceMinor));
    m_scope->setCurrentIndex(p.scope == PromotionScope::Product ? ProductScope : CategoryScope);
    if (p.scope == PromotionScope::Product) {
        if (auto product = m_catalog.findById(p.targetId)) {
            m_productId = product->id;
            m_product->setText(tr("%1 %2").arg(product->sku, product->name));
            m_preview->setExampleProduct(product->name, product->priceMinor, product->weighed);
        }
    } else {
        m_category->setCurrentIndex(std::max(0, m_category->findData(p.targetId)));
    }
    m_hasStart->setChecked(p.startsAt.isValid());
    if (p.startsAt.isValid())
        m_startsAt->setDateTime(p.startsAt);
    m_hasEnd->setChecked(p.endsAt.isValid());
    if (p.endsAt.isValid())
        m_endsAt->setDateTime(p.endsAt);
    for (int d = 0; d < 7; ++d)
        m_days[d]->setChecked(p.weekdays.contains(QChar(u'1' + d)));
    m_hasHours->setChecked(p.timeFrom.isValid());
    if (p.timeFrom.isValid()) {
        m_timeFrom->setTime(p.timeFrom);
        m_timeTo->setTime(p.timeTo);
    }
    m_memberOnly->setChecked(p.memberOnly);
}

void PromotionEditDialog::updateKindFields()
{
    const int kind = m_kind->currentData().toInt();
    for (int k = 0; k < 4; ++k)
        for (QWidget* w : std::as_const(m_kindRows[k]))
            w->setVisible(false);
    for (QWidget* w : std::as_const(m_kindRows[kind]))
        w->setVisible(true);
    const bool product = m_scope->currentData().toInt() == ProductScope;
    m_productQuery->setVisible(product);
    m_productResults->setVisible(product);
    m_product->setVisible(product);
    m_category->setVisible(!product);
    updatePreview();
}

void PromotionEditDialog::searchProducts()
{
    m_productResults->clear();
    m_resultIds.clear();
    const QString query = m_productQuery->text().trimmed();
    if (query.isEmpty())
        return;
    for (const Product& p : m_search.search(query, kMaxResults, false)) {
        m_productResults->addItem(tr("%1  %2  %3").arg(p.sku, p.name, ProductTableModel::formatMinor(p.priceMinor)));
        m_resultIds << p.id;
    }
    if (!m_resultIds.isEmpty())
        m_productResults->setCurrentRow(0);
}

void PromotionEditDialog::chooseProduct(int row)
{
    if (row < 0 || row >= m_resultIds.size())
        return;
    if (auto p = m_catalog.findById(m_resultIds[row])) {
        m_productId = p->id;
        m_product->setText(tr("%1 %2").arg(p->sku, p->name));
        m_preview->setExampleProduct(p->name, p->priceMinor, p->weighed);
        updatePreview();
    }
}

std::optional<Promotion> PromotionEditDialog::promotion(QString* error) const
{
    Promotion p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.kind = PromotionKind(m_kind->currentData().toInt());
    auto money = [&](QLineEdit* field, const QString& label) -> std::optional<qint64> {
        auto m = Money::parse(field->text(), m_currency);
        if (!m || m->isNegative()) {
            *error = tr("%1: \"%2\" is not an amount of money, e.g. 12.50.").arg(label, field->text());
            return std::nullopt;
        }
        return m->minor();
    };
    switch (p.kind) {
    case PromotionKind::Percent: {
        QString text = m_percent->text().trimmed();
        if (text.endsWith(u'%'))
            text.chop(1);
        auto hundredths = Money::parse(text, QStringLiteral("CNY"));  // two decimals = basis points / 100
        if (!hundredths || hundredths->minor() <= 0 || hundredths->minor() > 10000) {
            *error = tr("Percent off: \"%1\" is not a percentage between 0 and 100.").arg(m_percent->text());
            return std::nullopt;
        }
        p.percentBp = int(hundredths->minor());
        break;
    }
    case PromotionKind::Amount:
        if (auto a = money(m_amount, tr("Amount off")))
            p.amountMinor = *a;
        else
            return std::nullopt;
        break;
    case PromotionKind::Multibuy:
        p.buyQty = m_buy->value();
        if (auto a = money(m_bundlePrice, tr("For the price of")))
            p.bundlePriceMinor = *a;
        else
            return std::nullopt;
        break;
    case PromotionKind::BuyXGetY:
        p.buyQty = m_buy->value();
        p.getQty = m_get->value();
        break;
    }
    if (m_scope->currentData().toInt() == ProductScope) {
        p.scope = PromotionScope::Product;
        p.targetId = m_productId;
    } else {
        p.scope = PromotionScope::Category;
        p.targetId = m_category->currentData().toLongLong();
    }
    if (p.targetId <= 0) {
        *error = tr("Choose the product or category the promotion is on.");
        return std::nullopt;
    }
    // The editors work in the system's local time; weekdays and hours are the till clock's.
    const QTimeZone zone = m_clock.now().timeZone();
    if (m_hasStart->isChecked())
        p.startsAt = m_startsAt->dateTime().toTimeZone(zone);
    if (m_hasEnd->isChecked())
        p.endsAt = m_endsAt->dateTime().toTimeZone(zone);
    p.weekdays.clear();
    for (int d = 0; d < 7; ++d)
        if (m_days[d]->isChecked())
            p.weekdays += QChar(u'1' + d);
    if (p.weekdays.isEmpty()) {
        *error = tr("Choose at least one day of the week.");
        return std::nullopt;
    }
    if (m_hasHours->isChecked()) {
        p.timeFrom = m_timeFrom->time();
        p.timeTo = m_timeTo->time();
    }
    p.memberOnly = m_memberOnly->isChecked();
    return p;
}

void PromotionEditDialog::updatePreview()
{
    // While the form is incomplete the example says what is missing; the error line is for a
    // refused save, not for a form still being filled in.
    QString error;
    const std::optional<Promotion> p = promotion(&error);
    if (!p) {
        m_preview->showProblem(error);
        return;
    }
    m_error->clear();
    // The example is priced at the first moment the promotion runs (or now, when it already does).
    const QDateTime now = m_clock.now();
    const QDateTime at = p->startsAt.isValid() && p->startsAt > now ? p->startsAt : now;
    m_preview->showExample(*p, at);
}

bool PromotionEditDialog::save()
{
    QString error;
    std::optional<Promotion> p = promotion(&error);
    if (!p) {
        m_error->setText(error);
        return false;
    }
    auto result = m_id ? m_promotions.update(m_actor, *p) : m_promotions.add(m_actor, *p);
    if (!result) {
        m_error->setText(result.message());
        return false;
    }
    m_saved = *result;
    accept();
    return true;
}

} // namespace patron::ui
