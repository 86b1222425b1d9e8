#include "till/ReprintDialog.h"

#include "sales/receipt/ReceiptTextRenderer.h"
#include "shell/TillSession.h"
#include "till/RecentReceipts.h"
#include "till/TillFormat.h"
#include "till/TillPrinter.h"

#include <QDialogButtonBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace patron::ui {

namespace {
constexpr int kRecentCount = 20;
constexpr int kSlipRole = Qt::UserRole + 1;  // index into m_slips; -1 for a receipt
}

ReprintDialog::ReprintDialog(TillSession& session, TillPrinter& printer, QWidget* parent)
    : QDialog(parent), m_session(session), m_printer(printer)
{
    setObjectName(QStringLiteral("reprintDialog"));
    setWindowTitle(tr("Reprint a receipt or slip"));
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    outer->addLayout(left, 1);
    left->addWidget(new QLabel(tr("Recent receipts and slips of this till:"), this));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentReceipts"));
    left->addWidget(m_recent, 1);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("receiptNumber"));
    m_number->setPlaceholderText(tr("Or type or scan a receipt number"));
    m_number->setAttribute(Qt::WA_InputMethodEnabled, false);
    left->addWidget(m_number);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reprintError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    left->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("Print copy"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printCopy"));
    left->addWidget(buttons);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("reprintPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFont(QStringLiteral("Noto Sans Mono CJK SC"), 10));
    m_preview->setMinimumWidth(QFontMetrics(m_preview->font()).horizontalAdvance(QString(44, u'0')));
    outer->addWidget(m_preview, 1);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A slip has no number: choosing one empties the number field, and printing takes the slip.
    connect(m_recent, &QListWidget::currentRowChanged, this, [this] {
        if (auto* item = m_recent->currentItem())
            m_number->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, &ReprintDialog::printChosen);
    connect(m_number, &QLineEdit::returnPressed, this, &ReprintDialog::printChosen);
    connect(print, &QPushButton::clicked, this, &ReprintDialog::printChosen);
    loadRecent();
}

void ReprintDialog::loadRecent()
{
    auto recent = recentReceipts(m_session.store().db(), kRecentCount);
    auto slips = recentSlips(m_session.store().db(), kRecentCount);
    if (!recent || !slips) {
        m_error->setText(recent ? slips.message() : recent.message());
        return;
    }
    m_slips = *slips;
    struct Row {
        QDateTime at;
        QString text;
        QString receiptNo;
        int slip;
    };
    QList<Row> rows;
    for (const RecentReceipt& r : *recent) {
        const QDateTime at = QDateTime::fromString(r.createdAt, Qt::ISODate);
        const QString when = at.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        rows.append({at,
                     r.isReturn ? tr("%1  %2  return %3").arg(when, r.receiptNo, yuan(-r.totalMinor))
                                : tr("%1  %2  %3").arg(when, r.receiptNo, yuan(r.totalMinor)),
                     r.receiptNo, -1});
    }
    for (int i = 0; i < m_slips.size(); ++i) {
        const RecentSlip& s = m_slips[i];
        const QString when = s.at.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        rows.append({s.at,
                     s.kind == RecentSlip::Kind::TopUp
                         ? tr("%1  top-up %2  %3").arg(when, s.maskedMobile, yuan(s.amount))
                         : tr("%1  gift %2  %3 points").arg(when, s.maskedMobile).arg(s.amount),
                     QString(), i});
    }
    // Newest first across receipts and slips; a stable sort keeps each list's own order on ties.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at > b.at; });
    for (const Row& row : rows.mid(0, kRecentCount)) {
        auto* item = new QListWidgetItem(row.text, m_recent);
        item->setData(Qt::UserRole, row.receiptNo);
        item->setData(kSlipRole, row.slip);
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

bool ReprintDialog::printChosen()
{
    const QString number = m_number->text().trimmed();
    const QListWidgetItem* item = m_recent->currentItem();
    if (number.isEmpty() && item && item->data(kSlipRole).toInt() >= 0)
        return reprintSlip(m_slips.at(item->data(kSlipRole).toInt()));
    return reprint(number);
}

bool ReprintDialog::reprintSlip(const RecentSlip& slip)
{
    auto doc = slipCopy(m_session, slip);
    if (!doc) {
        m_error->setText(doc.message());
        return false;
    }
    printCopy(*doc);
    return true;
}

void ReprintDialog::printCopy(const ReceiptDocument& doc)
{
    m_error->clear();
    m_preview->setPlainText(ReceiptTextRenderer::renderText(doc, 42));
    m_lastCopy = doc;
    // A copy never opens the drawer, whatever the original was paid with.
    if (!m_printer.print(doc, false))
        m_error->setText(tr("No printer is set up; the copy is shown here only."));
}

bool ReprintDialog::reprint(const QString& receiptNo)
{
    if (receiptNo.isEmpty()) {
        m_error->setText(tr("Choose a receipt or type its number."));
        return false;
    }
    auto doc = m_session.receipt(receiptNo, true);
    if (!doc) {
        m_error->setText(doc.message());
        return false;
    }
    printCopy(*doc);
    return true;
}

} // namespace patron::ui
