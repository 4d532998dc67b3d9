# Generated from ui/actions_update_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_update_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_ActionUpdateDialog(object):
    def setupUi(self, ActionUpdateDialog: QDialog) -> None:
        if not ActionUpdateDialog.objectName():
            ActionUpdateDialog.setObjectName(u"ActionUpdateDialog")
        ActionUpdateDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(ActionUpdateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.updateForm = QFormLayout()
        self.updateForm.setObjectName(u"updateForm")
        self.actionCaption = QLabel(ActionUpdateDialog)
        self.actionCaption.setObjectName(u"actionCaption")

        self.updateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionCaption)

        self.actionText = QLabel(ActionUpdateDialog)
        self.actionText.setObjectName(u"actionText")
        self.actionText.setWordWrap(True)
        self.actionText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.updateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionText)

        self.unitCaption = QLabel(ActionUpdateDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.updateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitText = QLabel(ActionUpdateDialog)
        self.unitText.setObjectName(u"unitText")
        self.unitText.setWordWrap(True)

        self.updateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitText)

        self.deadlineCaption = QLabel(ActionUpdateDialog)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.updateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineCaption)

        self.deadlineText = QLabel(ActionUpdateDialog)
        self.deadlineText.setObjectName(u"deadlineText")

        self.updateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deadlineText)

        self.statusLabel = QLabel(ActionUpdateDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.updateForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ActionUpdateDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.updateForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.doneLabel = QLabel(ActionUpdateDialog)
        self.doneLabel.setObjectName(u"doneLabel")

        self.updateForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.doneLabel)

        self.doneEdit = QDateEdit(ActionUpdateDialog)
        self.doneEdit.setObjectName(u"doneEdit")
        self.doneEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.doneEdit.setCalendarPopup(True)

        self.updateForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.doneEdit)

        self.noteLabel = QLabel(ActionUpdateDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.updateForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ActionUpdateDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.updateForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.updateForm)

        self.buttonBox = QDialogButtonBox(ActionUpdateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.doneLabel.setBuddy(self.doneEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.doneEdit)
        QWidget.setTabOrder(self.doneEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(ActionUpdateDialog)

        QMetaObject.connectSlotsByName(ActionUpdateDialog)
    # setupUi

    def retranslateUi(self, ActionUpdateDialog: QDialog) -> None:
        ActionUpdateDialog.setWindowTitle(QCoreApplication.translate("ActionUpdateDialog", u"Update a corrective action", None))
        self.actionCaption.setText(QCoreApplication.translate("ActionUpdateDialog", u"Corrective action:", None))
        self.unitCaption.setText(QCoreApplication.translate("ActionUpdateDialog", u"Unit:", None))
        self.deadlineCaption.setText(QCoreApplication.translate("ActionUpdateDialog", u"Deadline:", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.doneLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Done on:", None))
#if QT_CONFIG(accessibility)
        self.doneEdit.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Done on", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ActionUpdateDialog", u"What the unit reported, with the number and date of its report", None))
    # retranslateUi

