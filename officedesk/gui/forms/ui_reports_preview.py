# Generated from ui/reports_preview.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QToolButton, QVBoxLayout, QWidget

class Ui_ReportPreview(object):
    def setupUi(self, ReportPreview: QWidget) -> None:
        if not ReportPreview.objectName():
            ReportPreview.setObjectName(u"ReportPreview")
        ReportPreview.resize(700, 600)
        self.previewLayout = QVBoxLayout(ReportPreview)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.documentTitleLabel = QLabel(ReportPreview)
        self.documentTitleLabel.setObjectName(u"documentTitleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.documentTitleLabel.sizePolicy().hasHeightForWidth())
        self.documentTitleLabel.setSizePolicy(sizePolicy)
        self.documentTitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleRow.addWidget(self.documentTitleLabel)

        self.printButton = QPushButton(ReportPreview)
        self.printButton.setObjectName(u"printButton")

        self.titleRow.addWidget(self.printButton)

        self.saveButton = QPushButton(ReportPreview)
        self.saveButton.setObjectName(u"saveButton")

        self.titleRow.addWidget(self.saveButton)

        self.signButton = QPushButton(ReportPreview)
        self.signButton.setObjectName(u"signButton")

        self.titleRow.addWidget(self.signButton)

        self.checkSignaturesButton = QPushButton(ReportPreview)
        self.checkSignaturesButton.setObjectName(u"checkSignaturesButton")

        self.titleRow.addWidget(self.checkSignaturesButton)

        self.titleRow.setStretch(0, 1)

        self.previewLayout.addLayout(self.titleRow)

        self.toolbarRow = QHBoxLayout()
        self.toolbarRow.setObjectName(u"toolbarRow")
        self.previousPageButton = QToolButton(ReportPreview)
        self.previousPageButton.setObjectName(u"previousPageButton")
        self.previousPageButton.setAutoRaise(True)

        self.toolbarRow.addWidget(self.previousPageButton)

        self.pageLabel = QLabel(ReportPreview)
        self.pageLabel.setObjectName(u"pageLabel")

        self.toolbarRow.addWidget(self.pageLabel)

        self.pageSpin = QSpinBox(ReportPreview)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)

        self.toolbarRow.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(ReportPreview)
        self.pageCountLabel.setObjectName(u"pageCountLabel")

        self.toolbarRow.addWidget(self.pageCountLabel)

        self.nextPageButton = QToolButton(ReportPreview)
        self.nextPageButton.setObjectName(u"nextPageButton")
        self.nextPageButton.setAutoRaise(True)

        self.toolbarRow.addWidget(self.nextPageButton)

        self.toolbarSpacer1 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer1)

        self.zoomLabel = QLabel(ReportPreview)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.toolbarRow.addWidget(self.zoomLabel)

        self.zoomOutButton = QToolButton(ReportPreview)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")
        self.zoomOutButton.setAutoRaise(True)

        self.toolbarRow.addWidget(self.zoomOutButton)

        self.zoomCombo = QComboBox(ReportPreview)
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.toolbarRow.addWidget(self.zoomCombo)

        self.zoomInButton = QToolButton(ReportPreview)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")
        self.zoomInButton.setAutoRaise(True)

        self.toolbarRow.addWidget(self.zoomInButton)

        self.toolbarSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarRow.addItem(self.toolbarSpacer2)


        self.previewLayout.addLayout(self.toolbarRow)

        self.stack = QStackedWidget(ReportPreview)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.pdfPage = QWidget()
        self.pdfPage.setObjectName(u"pdfPage")
        self.pdfLayout = QVBoxLayout(self.pdfPage)
        self.pdfLayout.setObjectName(u"pdfLayout")
        self.pdfLayout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.pdfPage)
        self.workbookPage = QWidget()
        self.workbookPage.setObjectName(u"workbookPage")
        self.workbookLayout = QVBoxLayout(self.workbookPage)
        self.workbookLayout.setObjectName(u"workbookLayout")
        self.workbookLabel = QLabel(self.workbookPage)
        self.workbookLabel.setObjectName(u"workbookLabel")
        self.workbookLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.workbookLabel.setWordWrap(True)

        self.workbookLayout.addWidget(self.workbookLabel)

        self.stack.addWidget(self.workbookPage)

        self.previewLayout.addWidget(self.stack)

        self.previewLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.pageLabel.setBuddy(self.pageSpin)
        self.zoomLabel.setBuddy(self.zoomCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previousPageButton, self.pageSpin)
        QWidget.setTabOrder(self.pageSpin, self.nextPageButton)
        QWidget.setTabOrder(self.nextPageButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomCombo)
        QWidget.setTabOrder(self.zoomCombo, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.signButton)
        QWidget.setTabOrder(self.signButton, self.checkSignaturesButton)

        self.retranslateUi(ReportPreview)

        QMetaObject.connectSlotsByName(ReportPreview)
    # setupUi

    def retranslateUi(self, ReportPreview: QWidget) -> None:
#if QT_CONFIG(accessibility)
        ReportPreview.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documentTitleLabel.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Document shown", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ReportPreview", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ReportPreview", u"Sa&ve as\u2026", None))
#if QT_CONFIG(tooltip)
        self.signButton.setToolTip(QCoreApplication.translate("ReportPreview", u"Add a digital signature (certificate file or USB token) to a copy of this PDF", None))
#endif // QT_CONFIG(tooltip)
        self.signButton.setText(QCoreApplication.translate("ReportPreview", u"Sig&n digitally\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkSignaturesButton.setToolTip(QCoreApplication.translate("ReportPreview", u"Check the digital signatures of a PDF", None))
#endif // QT_CONFIG(tooltip)
        self.checkSignaturesButton.setText(QCoreApplication.translate("ReportPreview", u"Chec&k signatures\u2026", None))
#if QT_CONFIG(accessibility)
        self.previousPageButton.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousPageButton.setToolTip(QCoreApplication.translate("ReportPreview", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
        self.pageLabel.setText(QCoreApplication.translate("ReportPreview", u"Pag&e:", None))
#if QT_CONFIG(accessibility)
        self.pageSpin.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Page shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageCountLabel.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Number of pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextPageButton.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Next page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextPageButton.setToolTip(QCoreApplication.translate("ReportPreview", u"Next page", None))
#endif // QT_CONFIG(tooltip)
        self.zoomLabel.setText(QCoreApplication.translate("ReportPreview", u"&Zoom:", None))
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("ReportPreview", u"Zoom out (Ctrl+minus)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomCombo.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("ReportPreview", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("ReportPreview", u"Zoom in (Ctrl+plus)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("ReportPreview", u"Choose a document on the left. It appears here, to read before you print it or save it.", None))
#if QT_CONFIG(accessibility)
        self.workbookLabel.setAccessibleName(QCoreApplication.translate("ReportPreview", u"About the workbook", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

