# Generated from ui/pdfsign_sign_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdfsign_sign_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_SignPdfDialog(object):
    def setupUi(self, SignPdfDialog: QDialog) -> None:
        if not SignPdfDialog.objectName():
            SignPdfDialog.setObjectName(u"SignPdfDialog")
        SignPdfDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(SignPdfDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(SignPdfDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dialogLayout.addWidget(self.titleLabel)

        self.topForm = QFormLayout()
        self.topForm.setObjectName(u"topForm")
        self.fileCaption = QLabel(SignPdfDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.topForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileValue = QLabel(SignPdfDialog)
        self.fileValue.setObjectName(u"fileValue")
        self.fileValue.setWordWrap(True)
        self.fileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.topForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileValue)

        self.blockLabel = QLabel(SignPdfDialog)
        self.blockLabel.setObjectName(u"blockLabel")

        self.topForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.blockLabel)

        self.blockCombo = QComboBox(SignPdfDialog)
        self.blockCombo.setObjectName(u"blockCombo")

        self.topForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.blockCombo)


        self.dialogLayout.addLayout(self.topForm)

        self.methodBox = QGroupBox(SignPdfDialog)
        self.methodBox.setObjectName(u"methodBox")
        self.methodLayout = QVBoxLayout(self.methodBox)
        self.methodLayout.setObjectName(u"methodLayout")
        self.methodRow = QHBoxLayout()
        self.methodRow.setObjectName(u"methodRow")
        self.fileRadio = QRadioButton(self.methodBox)
        self.fileRadio.setObjectName(u"fileRadio")
        self.fileRadio.setChecked(True)

        self.methodRow.addWidget(self.fileRadio)

        self.tokenRadio = QRadioButton(self.methodBox)
        self.tokenRadio.setObjectName(u"tokenRadio")

        self.methodRow.addWidget(self.tokenRadio)

        self.methodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.methodRow.addItem(self.methodSpacer)


        self.methodLayout.addLayout(self.methodRow)

        self.methodStack = QStackedWidget(self.methodBox)
        self.methodStack.setObjectName(u"methodStack")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.fileForm = QFormLayout(self.filePage)
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setContentsMargins(0, -1, 0, -1)
        self.certificateLabel = QLabel(self.filePage)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.certificateLabel)

        self.certificateRow = QHBoxLayout()
        self.certificateRow.setObjectName(u"certificateRow")
        self.certificateEdit = QLineEdit(self.filePage)
        self.certificateEdit.setObjectName(u"certificateEdit")

        self.certificateRow.addWidget(self.certificateEdit)

        self.certificateBrowseButton = QPushButton(self.filePage)
        self.certificateBrowseButton.setObjectName(u"certificateBrowseButton")

        self.certificateRow.addWidget(self.certificateBrowseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.certificateRow)

        self.passwordLabel = QLabel(self.filePage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.filePage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordNote = QLabel(self.filePage)
        self.passwordNote.setObjectName(u"passwordNote")
        self.passwordNote.setWordWrap(True)

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordNote)

        self.methodStack.addWidget(self.filePage)
        self.tokenPage = QWidget()
        self.tokenPage.setObjectName(u"tokenPage")
        self.tokenForm = QFormLayout(self.tokenPage)
        self.tokenForm.setObjectName(u"tokenForm")
        self.tokenForm.setContentsMargins(0, -1, 0, -1)
        self.libraryLabel = QLabel(self.tokenPage)
        self.libraryLabel.setObjectName(u"libraryLabel")

        self.tokenForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.libraryLabel)

        self.libraryRow = QHBoxLayout()
        self.libraryRow.setObjectName(u"libraryRow")
        self.libraryEdit = QLineEdit(self.tokenPage)
        self.libraryEdit.setObjectName(u"libraryEdit")

        self.libraryRow.addWidget(self.libraryEdit)

        self.libraryBrowseButton = QPushButton(self.tokenPage)
        self.libraryBrowseButton.setObjectName(u"libraryBrowseButton")

        self.libraryRow.addWidget(self.libraryBrowseButton)


        self.tokenForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.libraryRow)

        self.pinLabel = QLabel(self.tokenPage)
        self.pinLabel.setObjectName(u"pinLabel")

        self.tokenForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.tokenPage)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.tokenForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.tokenLabelLabel = QLabel(self.tokenPage)
        self.tokenLabelLabel.setObjectName(u"tokenLabelLabel")

        self.tokenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tokenLabelLabel)

        self.tokenLabelEdit = QLineEdit(self.tokenPage)
        self.tokenLabelEdit.setObjectName(u"tokenLabelEdit")

        self.tokenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tokenLabelEdit)

        self.methodStack.addWidget(self.tokenPage)

        self.methodLayout.addWidget(self.methodStack)


        self.dialogLayout.addWidget(self.methodBox)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.reasonLabel = QLabel(SignPdfDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(SignPdfDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.locationLabel = QLabel(SignPdfDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(SignPdfDialog)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(200)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.outputLabel = QLabel(SignPdfDialog)
        self.outputLabel.setObjectName(u"outputLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputRow = QHBoxLayout()
        self.outputRow.setObjectName(u"outputRow")
        self.outputEdit = QLineEdit(SignPdfDialog)
        self.outputEdit.setObjectName(u"outputEdit")

        self.outputRow.addWidget(self.outputEdit)

        self.outputBrowseButton = QPushButton(SignPdfDialog)
        self.outputBrowseButton.setObjectName(u"outputBrowseButton")

        self.outputRow.addWidget(self.outputBrowseButton)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.outputRow)


        self.dialogLayout.addLayout(self.detailsForm)

        self.messageLabel = QLabel(SignPdfDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SignPdfDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.blockLabel.setBuddy(self.blockCombo)
        self.certificateLabel.setBuddy(self.certificateEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.libraryLabel.setBuddy(self.libraryEdit)
        self.pinLabel.setBuddy(self.pinEdit)
        self.tokenLabelLabel.setBuddy(self.tokenLabelEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.outputLabel.setBuddy(self.outputEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.blockCombo, self.fileRadio)
        QWidget.setTabOrder(self.fileRadio, self.tokenRadio)
        QWidget.setTabOrder(self.tokenRadio, self.certificateEdit)
        QWidget.setTabOrder(self.certificateEdit, self.certificateBrowseButton)
        QWidget.setTabOrder(self.certificateBrowseButton, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.libraryEdit)
        QWidget.setTabOrder(self.libraryEdit, self.libraryBrowseButton)
        QWidget.setTabOrder(self.libraryBrowseButton, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.tokenLabelEdit)
        QWidget.setTabOrder(self.tokenLabelEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.outputEdit)
        QWidget.setTabOrder(self.outputEdit, self.outputBrowseButton)

        self.retranslateUi(SignPdfDialog)

        QMetaObject.connectSlotsByName(SignPdfDialog)
    # setupUi

    def retranslateUi(self, SignPdfDialog: QDialog) -> None:
        SignPdfDialog.setWindowTitle(QCoreApplication.translate("SignPdfDialog", u"Sign a PDF \u2013 OfficeDesk", None))
#if QT_CONFIG(accessibility)
        SignPdfDialog.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Sign a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SignPdfDialog", u"Sign a PDF with a digital signature", None))
        self.fileCaption.setText(QCoreApplication.translate("SignPdfDialog", u"File:", None))
#if QT_CONFIG(accessibility)
        self.fileValue.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"File to sign", None))
#endif // QT_CONFIG(accessibility)
        self.blockLabel.setText(QCoreApplication.translate("SignPdfDialog", u"Si&gn as:", None))
#if QT_CONFIG(accessibility)
        self.blockCombo.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Signature block", None))
#endif // QT_CONFIG(accessibility)
        self.methodBox.setTitle(QCoreApplication.translate("SignPdfDialog", u"Sign with", None))
        self.fileRadio.setText(QCoreApplication.translate("SignPdfDialog", u"Certificate &file (.p12, .pfx)", None))
        self.tokenRadio.setText(QCoreApplication.translate("SignPdfDialog", u"USB &token", None))
        self.certificateLabel.setText(QCoreApplication.translate("SignPdfDialog", u"&Certificate file:", None))
#if QT_CONFIG(accessibility)
        self.certificateEdit.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.certificateBrowseButton.setText(QCoreApplication.translate("SignPdfDialog", u"Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.certificateBrowseButton.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Choose the certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SignPdfDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Password of the certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.passwordNote.setText(QCoreApplication.translate("SignPdfDialog", u"Used for this signature only: OfficeDesk never saves the password.", None))
        self.libraryLabel.setText(QCoreApplication.translate("SignPdfDialog", u"Token &driver (PKCS#11):", None))
#if QT_CONFIG(accessibility)
        self.libraryEdit.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Token driver", None))
#endif // QT_CONFIG(accessibility)
        self.libraryBrowseButton.setText(QCoreApplication.translate("SignPdfDialog", u"Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.libraryBrowseButton.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Choose the token driver", None))
#endif // QT_CONFIG(accessibility)
        self.pinLabel.setText(QCoreApplication.translate("SignPdfDialog", u"P&IN:", None))
#if QT_CONFIG(accessibility)
        self.pinEdit.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"PIN of the token", None))
#endif // QT_CONFIG(accessibility)
        self.tokenLabelLabel.setText(QCoreApplication.translate("SignPdfDialog", u"Token &name (optional):", None))
#if QT_CONFIG(accessibility)
        self.tokenLabelEdit.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Token name", None))
#endif // QT_CONFIG(accessibility)
        self.tokenLabelEdit.setPlaceholderText(QCoreApplication.translate("SignPdfDialog", u"Only when several tokens are plugged in", None))
        self.reasonLabel.setText(QCoreApplication.translate("SignPdfDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Reason for signing", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("SignPdfDialog", u"P&lace:", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Place of signing", None))
#endif // QT_CONFIG(accessibility)
        self.outputLabel.setText(QCoreApplication.translate("SignPdfDialog", u"Save the signed file &as:", None))
#if QT_CONFIG(accessibility)
        self.outputEdit.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Signed file", None))
#endif // QT_CONFIG(accessibility)
        self.outputBrowseButton.setText(QCoreApplication.translate("SignPdfDialog", u"Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.outputBrowseButton.setAccessibleName(QCoreApplication.translate("SignPdfDialog", u"Choose where to save the signed file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

