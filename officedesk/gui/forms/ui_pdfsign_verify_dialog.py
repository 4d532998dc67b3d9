# Generated from ui/pdfsign_verify_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdfsign_verify_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget

class Ui_VerifyPdfDialog(object):
    def setupUi(self, VerifyPdfDialog: QDialog) -> None:
        if not VerifyPdfDialog.objectName():
            VerifyPdfDialog.setObjectName(u"VerifyPdfDialog")
        VerifyPdfDialog.resize(900, 440)
        self.dialogLayout = QVBoxLayout(VerifyPdfDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(VerifyPdfDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dialogLayout.addWidget(self.titleLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileCaption = QLabel(VerifyPdfDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileRow.addWidget(self.fileCaption)

        self.fileValue = QLabel(VerifyPdfDialog)
        self.fileValue.setObjectName(u"fileValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileValue.sizePolicy().hasHeightForWidth())
        self.fileValue.setSizePolicy(sizePolicy)
        self.fileValue.setWordWrap(True)
        self.fileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileRow.addWidget(self.fileValue)


        self.dialogLayout.addLayout(self.fileRow)

        self.verdictLabel = QLabel(VerifyPdfDialog)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.verdictLabel)

        self.signaturesView = QTableView(VerifyPdfDialog)
        self.signaturesView.setObjectName(u"signaturesView")
        self.signaturesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signaturesView.setAlternatingRowColors(False)
        self.signaturesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signaturesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signaturesView.setWordWrap(True)
        self.signaturesView.horizontalHeader().setStretchLastSection(True)
        self.signaturesView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.signaturesView)

        self.detailLabel = QLabel(VerifyPdfDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.detailLabel)

        self.rootsBox = QGroupBox(VerifyPdfDialog)
        self.rootsBox.setObjectName(u"rootsBox")
        self.rootsLayout = QHBoxLayout(self.rootsBox)
        self.rootsLayout.setObjectName(u"rootsLayout")
        self.rootsValue = QLabel(self.rootsBox)
        self.rootsValue.setObjectName(u"rootsValue")
        sizePolicy.setHeightForWidth(self.rootsValue.sizePolicy().hasHeightForWidth())
        self.rootsValue.setSizePolicy(sizePolicy)
        self.rootsValue.setWordWrap(True)
        self.rootsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootsLayout.addWidget(self.rootsValue)

        self.addRootButton = QPushButton(self.rootsBox)
        self.addRootButton.setObjectName(u"addRootButton")

        self.rootsLayout.addWidget(self.addRootButton)

        self.clearRootsButton = QPushButton(self.rootsBox)
        self.clearRootsButton.setObjectName(u"clearRootsButton")

        self.rootsLayout.addWidget(self.clearRootsButton)


        self.dialogLayout.addWidget(self.rootsBox)

        self.buttonBox = QDialogButtonBox(VerifyPdfDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.signaturesView, self.addRootButton)
        QWidget.setTabOrder(self.addRootButton, self.clearRootsButton)

        self.retranslateUi(VerifyPdfDialog)

        QMetaObject.connectSlotsByName(VerifyPdfDialog)
    # setupUi

    def retranslateUi(self, VerifyPdfDialog: QDialog) -> None:
        VerifyPdfDialog.setWindowTitle(QCoreApplication.translate("VerifyPdfDialog", u"Signatures of a PDF \u2013 OfficeDesk", None))
#if QT_CONFIG(accessibility)
        VerifyPdfDialog.setAccessibleName(QCoreApplication.translate("VerifyPdfDialog", u"Signatures of a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("VerifyPdfDialog", u"Check the digital signatures", None))
        self.fileCaption.setText(QCoreApplication.translate("VerifyPdfDialog", u"File:", None))
#if QT_CONFIG(accessibility)
        self.fileValue.setAccessibleName(QCoreApplication.translate("VerifyPdfDialog", u"File checked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verdictLabel.setAccessibleName(QCoreApplication.translate("VerifyPdfDialog", u"Verdict", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signaturesView.setAccessibleName(QCoreApplication.translate("VerifyPdfDialog", u"Signatures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailLabel.setAccessibleName(QCoreApplication.translate("VerifyPdfDialog", u"Signature details", None))
#endif // QT_CONFIG(accessibility)
        self.rootsBox.setTitle(QCoreApplication.translate("VerifyPdfDialog", u"Trusted root certificates", None))
#if QT_CONFIG(accessibility)
        self.rootsValue.setAccessibleName(QCoreApplication.translate("VerifyPdfDialog", u"Trusted root certificates", None))
#endif // QT_CONFIG(accessibility)
        self.addRootButton.setText(QCoreApplication.translate("VerifyPdfDialog", u"&Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.addRootButton.setAccessibleName(QCoreApplication.translate("VerifyPdfDialog", u"Add a trusted root certificate", None))
#endif // QT_CONFIG(accessibility)
        self.clearRootsButton.setText(QCoreApplication.translate("VerifyPdfDialog", u"&Remove all", None))
#if QT_CONFIG(accessibility)
        self.clearRootsButton.setAccessibleName(QCoreApplication.translate("VerifyPdfDialog", u"Remove all trusted root certificates", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

