#include "till/QuickKeyEditorDialog.h"

#include "catalog/QuickKeys.h"
#include "till/QuickKeyPanel.h"
#include "till/TillFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace patron::ui {

QuickKeyEditorDialog::QuickKeyEditorDialog(QuickKeys& keys, Session actor, QWidget* parent)
    : QDialog(parent), m_keys(keys), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("quickKeyEditor"));
    setWindowTitle(tr("Arrange quick keys"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("keyList"));
    m_position = new QSpinBox(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setRange(1, QuickKeys::kMaxPosition);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("SKU, PLU or barcode"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setMaxLength(QuickKeys::kMaxLabelLength);
    m_label->setPlaceholderText(tr("empty: the product's name"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Key number"), m_position);
    form->addRow(tr("Product"), m_code);
    form->addRow(tr("Label on the key"), m_label);
    auto* put = new QPushButton(tr("Put on key"), this);
    put->setObjectName(QStringLiteral("put"));
    auto* empty = new QPushButton(tr("Empty key"), this);
    empty->setObjectName(QStringLiteral("empty"));
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(empty);
    actions->addWidget(put);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Keys in use (numbered left to right, %1 to a row):").arg(QuickKeyPanel::kColumns), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(520, 520);

    connect(put, &QPushButton::clicked, this, &QuickKeyEditorDialog::putOnKey);
    connect(empty, &QPushButton::clicked, this, &QuickKeyEditorDialog::emptyKey);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_position->setValue(m_list->item(row)->data(Qt::UserRole).toInt());
    });
    reload();
}

QString QuickKeyEditorDialog::message() const { return m_message->text(); }

void QuickKeyEditorDialog::showMessage(const QString& text, bool error)
{
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(text);
}

void QuickKeyEditorDialog::reload()
{
    m_list->clear();
    auto keys = m_keys.list();
    if (!keys) {
        showMessage(keys.message(), true);
        return;
    }
    for (const QuickKey& k : *keys) {
        auto* item = new QListWidgetItem(
            tr("%1.  %2   %3   (SKU %4)").arg(k.position).arg(k.label, yuan(k.priceMinor), k.sku), m_list);
        item->setData(Qt::UserRole, k.position);
    }
}

void QuickKeyEditorDialog::putOnKey()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        showMessage(tr("Type the product's SKU, PLU or barcode."), true);
        return;
    }
    auto key = m_keys.set(m_actor, m_position->value(), code, m_label->text().trimmed());
    if (!key) {
        showMessage(key.message(), true);
        return;
    }
    showMessage(tr("Key %1 now sells %2.").arg(key->position).arg(key->name), false);
    m_code->clear();
    m_label->clear();
    reload();
    emit keysChanged();
}

void QuickKeyEditorDialog::emptyKey()
{
    auto cleared = m_keys.clear(m_actor, m_position->value());
    if (!cleared) {
        showMessage(cleared.message(), true);
        return;
    }
    showMessage(tr("Key %1 is empty.").arg(m_position->value()), false);
    reload();
    emit keysChanged();
}

} // namespace patron::ui
