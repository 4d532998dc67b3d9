# Generated from ui/units_post_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_post_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

class Ui_PostDialog(object):
    def setupUi(self, PostDialog: QDialog) -> None:
        if not PostDialog.objectName():
            PostDialog.setObjectName(u"PostDialog")
        PostDialog.resize(560, 540)
        self.dialogLayout = QVBoxLayout(PostDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.unitLabel = QLabel(PostDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitValue = QLabel(PostDialog)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.codeLabel = QLabel(PostDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(PostDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(32)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(PostDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PostDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.requiredCheck = QCheckBox(PostDialog)
        self.requiredCheck.setObjectName(u"requiredCheck")
        self.requiredCheck.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requiredCheck)

        self.fromLabel = QLabel(PostDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(PostDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.officersNote = QLabel(PostDialog)
        self.officersNote.setObjectName(u"officersNote")
        self.officersNote.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officersNote)

        self.officersLabel = QLabel(PostDialog)
        self.officersLabel.setObjectName(u"officersLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officersLabel)

        self.officersFilterEdit = QLineEdit(PostDialog)
        self.officersFilterEdit.setObjectName(u"officersFilterEdit")
        self.officersFilterEdit.setClearButtonEnabled(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officersFilterEdit)

        self.officersList = QListView(PostDialog)
        self.officersList.setObjectName(u"officersList")
        self.officersList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.officersList.setUniformItemSizes(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.officersList)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(PostDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(PostDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.officersLabel.setBuddy(self.officersFilterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.requiredCheck)
        QWidget.setTabOrder(self.requiredCheck, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.officersFilterEdit)
        QWidget.setTabOrder(self.officersFilterEdit, self.officersList)

        self.retranslateUi(PostDialog)

        QMetaObject.connectSlotsByName(PostDialog)
    # setupUi

    def retranslateUi(self, PostDialog: QDialog) -> None:
        PostDialog.setWindowTitle(QCoreApplication.translate("PostDialog", u"New post", None))
        self.unitLabel.setText(QCoreApplication.translate("PostDialog", u"Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitValue.setAccessibleName(QCoreApplication.translate("PostDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("PostDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("PostDialog", u"Post code", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PostDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PostDialog", u"Name of the post", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PostDialog", u"e.g. Land registry counter", None))
        self.requiredCheck.setText(QCoreApplication.translate("PostDialog", u"&Must be staffed during working hours", None))
        self.fromLabel.setText(QCoreApplication.translate("PostDialog", u"Officers assigned &from:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("PostDialog", u"Officers assigned from", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("PostDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.officersNote.setAccessibleName(QCoreApplication.translate("PostDialog", u"How a change of officers is kept", None))
#endif // QT_CONFIG(accessibility)
        self.officersNote.setText(QCoreApplication.translate("PostDialog", u"Officers you untick hold the post until the day before this date; inspections already made keep the officers of their day.", None))
        self.officersLabel.setText(QCoreApplication.translate("PostDialog", u"&Officers:", None))
#if QT_CONFIG(accessibility)
        self.officersFilterEdit.setAccessibleName(QCoreApplication.translate("PostDialog", u"Find an officer of the unit", None))
#endif // QT_CONFIG(accessibility)
        self.officersFilterEdit.setPlaceholderText(QCoreApplication.translate("PostDialog", u"Type to find a person; tick the officers of this post", None))
#if QT_CONFIG(accessibility)
        self.officersList.setAccessibleName(QCoreApplication.translate("PostDialog", u"Officers of this post", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("PostDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

