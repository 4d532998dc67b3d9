# Generated from ui/entry_post_state_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_post_state_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_PostStateDialog(object):
    def setupUi(self, PostStateDialog: QDialog) -> None:
        if not PostStateDialog.objectName():
            PostStateDialog.setObjectName(u"PostStateDialog")
        PostStateDialog.resize(440, 130)
        self.dialogLayout = QVBoxLayout(PostStateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.observedLabel = QLabel(PostStateDialog)
        self.observedLabel.setObjectName(u"observedLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.observedLabel)

        self.stateLabel = QLabel(PostStateDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateCombo = QComboBox(PostStateDialog)
        self.stateCombo.setObjectName(u"stateCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stateCombo)

        self.reasonLabel = QLabel(PostStateDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(PostStateDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(PostStateDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #9a0f0f;")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(PostStateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stateCombo, self.reasonEdit)

        self.retranslateUi(PostStateDialog)

        QMetaObject.connectSlotsByName(PostStateDialog)
    # setupUi

    def retranslateUi(self, PostStateDialog: QDialog) -> None:
        PostStateDialog.setWindowTitle(QCoreApplication.translate("PostStateDialog", u"State of the post: {post}", None))
        self.observedLabel.setText(QCoreApplication.translate("PostStateDialog", u"Observed: {state}", None))
        self.stateLabel.setText(QCoreApplication.translate("PostStateDialog", u"&State:", None))
#if QT_CONFIG(accessibility)
        self.stateCombo.setAccessibleName(QCoreApplication.translate("PostStateDialog", u"State of the post", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("PostStateDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("PostStateDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

