#include "till/NewProductDialog.h"

#include "catalog/ProductCatalog.h"
#include "till/PlaceholderWidth.h"
#include "till/TillFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

NewProductDialog::NewProductDialog(ProductCatalog& catalog, Session actor, QString barcode, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_actor(std::move(actor)), m_barcode(std::move(barcode))
{
    setObjectName(QStringLiteral("newProductDialog"));
    setWindowTitle(tr("Add product"));
    auto* code = new QLabel(m_barcode, this);
    code->setObjectName(QStringLiteral("barcode"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setPlaceholderText(tr("e.g. 12.50"));
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setPlaceholderText(tr("e.g. Food/Drinks (optional)"));
    fitPlaceholder(m_category);
    // Barcodes are valid SKUs and unique in a shop; the manager may type the shop's own instead.
    m_sku = new QLineEdit(m_barcode, this);
    m_sku->setObjectName(QStringLiteral("sku"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Barcode"), code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Price (￥)"), m_price);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("SKU"), m_sku);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Add and sell"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProductDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

QString NewProductDialog::message() const { return m_message->text(); }

void NewProductDialog::save()
{
    const auto price = parseYuan(m_price->text());
    if (!price) {
        m_message->setText(tr("Type a price such as 12.50."));
        return;
    }
    ProductInput in;
    in.sku = m_sku->text().trimmed();
    in.name = m_name->text().trimmed();
    in.priceMinor = *price;
    if (!m_category->text().trimmed().isEmpty())
        in.categoryPath = m_category->text().trimmed();
    in.barcodes = QStringList{m_barcode};
    auto product = m_catalog.add(m_actor, in);
    if (!product) {
        m_message->setText(product.message());
        return;
    }
    emit added(*product);
    accept();
}

} // namespace patron::ui
