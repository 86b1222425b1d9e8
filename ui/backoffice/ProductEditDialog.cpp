#include "backoffice/ProductEditDialog.h"

#include "backoffice/ProductTableModel.h"
#include "catalog/ProductCatalog.h"
#include "money/Money.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

ProductEditDialog::ProductEditDialog(ProductCatalog& catalog, Session actor, QString currency,
                                     std::optional<Product> existing, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_actor(std::move(actor)), m_currency(std::move(currency)),
      m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("productEditDialog"));
    setWindowTitle(m_existing ? tr("Edit product %1").arg(m_existing->sku) : tr("New product"));
    const Product p = m_existing.value_or(Product{});
    auto* form = new QFormLayout;
    m_sku = lineEdit("sku", p.sku);
    m_sku->setReadOnly(m_existing.has_value());  // the SKU is the product's key in imports and sync
    form->addRow(tr("SKU"), m_sku);
    form->addRow(tr("PLU"), m_plu = lineEdit("plu", p.plu));
    form->addRow(tr("Name"), m_name = lineEdit("name", p.name));
    m_initials = lineEdit("initials", p.initialsCustom ? p.initials : QString());
    m_initials->setPlaceholderText(m_existing ? p.initials : tr("from the name's pinyin"));
    form->addRow(tr("Initials"), m_initials);
    m_category = lineEdit("category", p.categoryPath);
    m_category->setPlaceholderText(tr("e.g. Drinks/Soft drinks"));
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Unit"), m_unit = lineEdit("unit", p.unit));
    form->addRow(tr("Price"), m_price = lineEdit("price", m_existing ? ProductTableModel::formatMinor(p.priceMinor) : QString()));
    m_memberPrice = lineEdit("memberPrice", p.memberPriceMinor ? ProductTableModel::formatMinor(*p.memberPriceMinor) : QString());
    m_memberPrice->setPlaceholderText(tr("none"));
    form->addRow(tr("Member price"), m_memberPrice);
    form->addRow(tr("Cost"), m_cost = lineEdit("cost", ProductTableModel::formatMinor(p.costMinor)));
    // Tax in percent with up to two decimals, stored as basis points.
    form->addRow(tr("Tax %"), m_tax = lineEdit("tax", ProductTableModel::formatMinor(p.taxBp)));
    m_barcodes = new QPlainTextEdit(p.barcodes.join(u'\n'), this);
    m_barcodes->setObjectName(QStringLiteral("barcodes"));
    m_barcodes->setPlaceholderText(tr("One barcode per line"));
    m_barcodes->setMaximumHeight(90);
    form->addRow(tr("Barcodes"), m_barcodes);
    m_weighed = new QCheckBox(tr("Sold by weight"), this);
    m_weighed->setObjectName(QStringLiteral("weighed"));
    m_weighed->setChecked(p.weighed);
    m_openPrice = new QCheckBox(tr("Price entered at the till"), this);
    m_openPrice->setObjectName(QStringLiteral("openPrice"));
    m_openPrice->setChecked(p.openPrice);
    m_active = new QCheckBox(tr("Active (on sale)"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(p.active);
    form->addRow(QString(), m_weighed);
    form->addRow(QString(), m_openPrice);
    form->addRow(QString(), m_active);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addWidget(m_error);
    outer->addWidget(buttons);
}

QLineEdit* ProductEditDialog::lineEdit(const char* name, const QString& text)
{
    auto* e = new QLineEdit(text, this);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

std::optional<ProductInput> ProductEditDialog::input()
{
    auto money = [this](QLineEdit* e, const QString& label, const QString& currency) -> std::optional<qint64> {
        auto m = Money::parse(e->text().trimmed(), currency);
        if (!m) {
            m_error->setText(tr("%1: %2").arg(label, m.message()));
            e->setFocus();
            return std::nullopt;
        }
        return m->minor();
    };
    ProductInput in;
    in.sku = m_sku->text().trimmed();
    in.plu = m_plu->text().trimmed();
    in.name = m_name->text().trimmed();
    in.initials = m_initials->text().trimmed();
    in.categoryPath = m_category->text().trimmed();
    in.unit = m_unit->text().trimmed();
    auto price = money(m_price, tr("Price"), m_currency);
    if (!price)
        return std::nullopt;
    in.priceMinor = *price;
    if (m_memberPrice->text().trimmed().isEmpty()) {
        in.memberPriceMinor = std::optional<qint64>();
    } else {
        auto member = money(m_memberPrice, tr("Member price"), m_currency);
        if (!member)
            return std::nullopt;
        in.memberPriceMinor = std::optional<qint64>(*member);
    }
    auto cost = money(m_cost, tr("Cost"), m_currency);
    if (!cost)
        return std::nullopt;
    in.costMinor = *cost;
    // Percent with two decimals is basis points: the same fixed-point parse as money.
    auto tax = money(m_tax, tr("Tax %"), QStringLiteral("CNY"));
    if (!tax)
        return std::nullopt;
    in.taxBp = int(*tax);
    QStringList codes;
    for (const QString& line : m_barcodes->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            codes << line.trimmed();
    in.barcodes = codes;
    in.weighed = m_weighed->isChecked();
    in.openPrice = m_openPrice->isChecked();
    in.active = m_active->isChecked();
    return in;
}

bool ProductEditDialog::save()
{
    m_error->clear();
    const auto in = input();
    if (!in)
        return false;
    auto result = m_existing ? m_catalog.edit(m_actor, m_existing->sku, *in) : m_catalog.add(m_actor, *in);
    if (!result) {
        m_error->setText(result.message());
        return false;
    }
    m_saved = *result;
    return true;
}

} // namespace patron::ui
