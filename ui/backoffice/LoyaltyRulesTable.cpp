#include "backoffice/LoyaltyRulesTable.h"

#include "backoffice/ProductTableModel.h"
#include "money/Money.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace patron::ui {

namespace {
// The original row object rides on the first cell, so keys without a column survive an edit.
constexpr int kRowJsonRole = Qt::UserRole + 1;
}

std::optional<qint64> LoyaltyRulesTable::parseHundredths(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(normalizeDigits(text));
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = QString(m.captured(2) + QStringLiteral("00")).left(2);
    return m.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

LoyaltyRulesTable::LoyaltyRulesTable(QList<Column> columns, QString currency, QWidget* parent)
    : QWidget(parent), m_columns(std::move(columns)), m_currency(std::move(currency))
{
    m_table = new QTableWidget(0, int(m_columns.size()), this);
    m_table->setObjectName(QStringLiteral("rows"));
    QStringList headers;
    for (const Column& c : m_columns)
        headers << c.header;
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_add = new QPushButton(tr("Add row"), this);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_remove = new QPushButton(tr("Remove row"), this);
    m_remove->setObjectName(QStringLiteral("removeRow"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        // A row that does not read yet stays as typed: the new row goes in without rereading.
        m_table->insertRow(m_table->rowCount());
        const int r = m_table->rowCount() - 1;
        for (int c = 0; c < m_columns.size(); ++c) {
            auto* item = new QTableWidgetItem;
            if (m_columns[c].kind == Kind::Bool) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            m_table->setItem(r, c, item);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
}

void LoyaltyRulesTable::setRows(const QJsonArray& rows)
{
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject o = rows[r].toObject();
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column& col = m_columns[c];
            const QJsonValue v = o.value(col.key);
            auto* item = new QTableWidgetItem;
            switch (col.kind) {
            case Kind::Text: item->setText(v.toString()); break;
            case Kind::Integer: item->setText(v.isUndefined() ? QString() : QString::number(v.toInteger())); break;
            // Yuan and percent are both hundredths: 2050 fen is "20.50", 500 bp is "5.00" (%).
            case Kind::Yuan:
            case Kind::Percent: item->setText(v.isUndefined() ? QString() : ProductTableModel::formatMinor(v.toInteger())); break;
            case Kind::Bool:
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(v.toBool() ? Qt::Checked : Qt::Unchecked);
                break;
            case Kind::List: {
                QStringList parts;
                for (const QJsonValue& p : v.toArray())
                    parts << p.toString();
                item->setText(parts.join(QStringLiteral(", ")));
                break;
            }
            }
            if (c == 0)
                item->setData(kRowJsonRole, o);
            if (!m_editable)
                item->setFlags(item->flags() & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
            m_table->setItem(r, c, item);
        }
    }
}

Result<QJsonArray> LoyaltyRulesTable::rows() const
{
    QJsonArray out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem* first = m_table->item(r, 0);
        QJsonObject o = first ? first->data(kRowJsonRole).toJsonObject() : QJsonObject();
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column& col = m_columns[c];
            const QTableWidgetItem* item = m_table->item(r, c);
            const QString text = item ? item->text().trimmed() : QString();
            auto bad = [&] {
                return makeError(ErrorCode::InvalidInput,
                                 tr("Row %1, %2: \"%3\" is not a valid value.").arg(r + 1).arg(col.header, text));
            };
            switch (col.kind) {
            case Kind::Text: o.insert(col.key, text); break;
            case Kind::Integer: {
                if (text.isEmpty()) {
                    o.remove(col.key);  // the rules' default applies
                    break;
                }
                bool ok = false;
                const qint64 n = normalizeDigits(text).toLongLong(&ok);
                if (!ok)
                    return bad();
                o.insert(col.key, n);
                break;
            }
            case Kind::Yuan: {
                if (text.isEmpty()) {
                    o.remove(col.key);
                    break;
                }
                auto parsed = Money::parse(text, m_currency);
                if (!parsed)
                    return bad();
                o.insert(col.key, parsed->minor());
                break;
            }
            case Kind::Percent: {
                if (text.isEmpty()) {
                    o.remove(col.key);
                    break;
                }
                QString digits = text;
                auto bps = parseHundredths(digits.remove(u'%').trimmed());
                if (!bps)
                    return bad();
                o.insert(col.key, *bps);
                break;
            }
            case Kind::Bool: o.insert(col.key, item && item->checkState() == Qt::Checked); break;
            case Kind::List: {
                QJsonArray list;
                for (const QString& p : text.split(QRegularExpression(QStringLiteral("[,，]")), Qt::SkipEmptyParts))
                    if (!p.trimmed().isEmpty())
                        list.append(p.trimmed());
                o.insert(col.key, list);
                break;
            }
            }
        }
        out.append(o);
    }
    return out;
}

void LoyaltyRulesTable::setEditable(bool editable)
{
    if (editable != m_editable) {
        m_editable = editable;
        if (auto current = rows())
            setRows(*current);
    }
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
}

} // namespace patron::ui
