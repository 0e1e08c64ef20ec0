"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_detail_category import ErrorDetailCategory
from .error_detail_severity import ErrorDetailSeverity
from .event_catalog_entry import EventCatalogEntry
from .event_notification import EventNotification
from .event_notification_list import EventNotificationList
from .event_test_request import EventTestRequest
from .event_test_request_additional_property import EventTestRequestAdditionalProperty
from .event_type import EventType
from .event_version import EventVersion
from .security_key import SecurityKey
from .subscribed_event import SubscribedEvent
from .subscribed_event_input import SubscribedEventInput
from .subscription import Subscription
from .subscription_create import SubscriptionCreate
from .subscription_created import SubscriptionCreated
from .subscription_list import SubscriptionList
from .subscription_replace import SubscriptionReplace
from .subscription_status import SubscriptionStatus
from .subscription_status_input import SubscriptionStatusInput
from .subscription_update import SubscriptionUpdate

__all__ = (
    "ErrorDetail",
    "ErrorDetailCategory",
    "ErrorDetailSeverity",
    "EventCatalogEntry",
    "EventNotification",
    "EventNotificationList",
    "EventTestRequest",
    "EventTestRequestAdditionalProperty",
    "EventType",
    "EventVersion",
    "SecurityKey",
    "SubscribedEvent",
    "SubscribedEventInput",
    "Subscription",
    "SubscriptionCreate",
    "SubscriptionCreated",
    "SubscriptionList",
    "SubscriptionReplace",
    "SubscriptionStatus",
    "SubscriptionStatusInput",
    "SubscriptionUpdate",
)
