# language: vi
Tính năng: Mười hai chỉ số thiếu hụt dịch vụ xã hội cơ bản (Nghị định 07/2021/NĐ-CP) tính từ dữ liệu của hộ
  Từ 01/01/2022, số chỉ số thiếu hụt được tính từ dữ liệu thành viên, nhà ở, nước, nhà tiêu và
  thông tin của hộ; chỉ số nào không tính được từ dữ liệu thì lấy theo khai báo của hộ. Ngưỡng của
  từng chỉ số (điểm b khoản 1 Điều 3) theo nguồn thứ cấp (POLICY §2.2):
   1. Việc làm: có thành viên thất nghiệp hoặc làm công không có hợp đồng lao động.
   2. Người phụ thuộc (căn cứ chưa xác minh): trẻ em dưới 16 tuổi và người hưởng trợ cấp xã hội
      hằng tháng chiếm hơn 50% số thành viên.
   3. Dinh dưỡng: có trẻ em dưới 16 tuổi thấp còi hoặc nhẹ cân.
   4. Bảo hiểm y tế (căn cứ chưa xác minh): có thành viên từ 6 tuổi trở lên không có bảo hiểm y tế.
   5. Trình độ giáo dục của người lớn: có thành viên 16–30 tuổi không đi học và chưa đạt trình độ
      (16 đến dưới 18 tuổi: trung học cơ sở; 18–30 tuổi: trung học phổ thông hoặc sơ cấp, trung cấp,
      cao đẳng nghề).
   6. Tình trạng đi học của trẻ em: có trẻ em từ 3 đến dưới 16 tuổi không đi học đúng cấp.
   7. Chất lượng nhà ở: từ 2 trong 3 bộ phận tường, cột, mái không bền chắc.
   8. Diện tích nhà ở bình quân đầu người dưới 8 m².
   9. Nguồn nước sinh hoạt không hợp vệ sinh.
  10. Không có nhà tiêu hợp vệ sinh.
  11. Không thành viên nào sử dụng dịch vụ viễn thông (internet) (căn cứ chưa xác minh).
  12. Không có ti vi, đài, máy tính và không nghe được loa truyền thanh xã/thôn (căn cứ chưa xác
      minh; không còn được tính từ 01/01/2027).
  Dữ liệu để trống là "chưa rõ": chỉ số khi đó "chưa xác định", không bao giờ coi là không thiếu hụt.
  Tuổi tính theo tuổi tròn tại ngày tham chiếu (đủ 16 tuổi vào đúng ngày sinh nhật).

  Quy tắc: Mỗi chỉ số đổi kết quả đúng tại ngưỡng của nó

    @indicator:employment
    Khung kịch bản: Chỉ số 1 — việc làm của thành viên thứ hai: "<việc làm>"
      Cho hộ gia đình ở khu vực nông thôn có các thành viên:
        | quan hệ  | ngày sinh  | việc làm   |
        | chủ hộ   | 10/05/1975 | tự làm     |
        | vợ/chồng | 20/08/1978 | <việc làm> |
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Việc làm" là "<chỉ số>"

      Dữ liệu:
        | việc làm                   | chỉ số          |
        | thất nghiệp                | thiếu hụt       |
        | làm công không có hợp đồng | thiếu hụt       |
        | làm công có hợp đồng       | không thiếu hụt |
        | tự làm                     | không thiếu hụt |
        | không tham gia lao động    | không thiếu hụt |
        |                            | chưa xác định   |

    @indicator:dependants
    Khung kịch bản: Chỉ số 2 — người phụ thuộc: con thứ hai sinh ngày <ngày sinh> (<tuổi> tuổi)
      Cho hộ gia đình ở khu vực nông thôn có các thành viên:
        | quan hệ | ngày sinh   | trợ cấp xã hội hằng tháng |
        | chủ hộ  | 10/05/1980  | không                     |
        | con     | 15/09/2014  | không                     |
        | con     | <ngày sinh> | không                     |
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì thành viên số 3 đủ <tuổi> tuổi tại ngày tham chiếu
      Và chỉ số "Người phụ thuộc trong hộ gia đình" là "<chỉ số>"

      Dữ liệu:
        | ngày sinh  | tuổi | chỉ số          |
        | 02/06/2009 | 15   | thiếu hụt       |
        | 01/06/2009 | 16   | không thiếu hụt |

    @indicator:dependants
    Khung kịch bản: Chỉ số 2 — người phụ thuộc quá nửa số thành viên: ông/bà hưởng trợ cấp xã hội hằng tháng "<trợ cấp>"
      Cho hộ gia đình ở khu vực nông thôn có các thành viên:
        | quan hệ | ngày sinh  | trợ cấp xã hội hằng tháng |
        | chủ hộ  | 10/05/1980 | không                     |
        | ông/bà  | 01/01/1945 | <trợ cấp>                 |
        | con     | 15/09/2014 | không                     |
        | con     | 03/03/2016 | không                     |
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Người phụ thuộc trong hộ gia đình" là "<chỉ số>"

      Dữ liệu:
        | trợ cấp | chỉ số          |
        | không   | không thiếu hụt |
        | có      | thiếu hụt       |
        |         | chưa xác định   |

    @indicator:nutrition
    Khung kịch bản: Chỉ số 3 — dinh dưỡng: con sinh ngày <ngày sinh> (<tuổi> tuổi), "<dinh dưỡng>"
      Cho hộ gia đình ở khu vực nông thôn có các thành viên:
        | quan hệ | ngày sinh   | dinh dưỡng   |
        | chủ hộ  | 10/05/1980  |              |
        | con     | <ngày sinh> | <dinh dưỡng> |
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì thành viên số 2 đủ <tuổi> tuổi tại ngày tham chiếu
      Và chỉ số "Dinh dưỡng" là "<chỉ số>"

      Dữ liệu:
        | ngày sinh  | tuổi | dinh dưỡng  | chỉ số          |
        | 02/06/2009 | 15   | thấp còi    | thiếu hụt       |
        | 01/06/2009 | 16   | thấp còi    | không thiếu hụt |
        | 02/06/2009 | 15   | nhẹ cân     | thiếu hụt       |
        | 01/06/2009 | 16   | nhẹ cân     | không thiếu hụt |
        | 02/06/2009 | 15   | bình thường | không thiếu hụt |
        | 02/06/2009 | 15   |             | chưa xác định   |
        | 01/06/2009 | 16   |             | không thiếu hụt |

    @indicator:health_insurance
    Khung kịch bản: Chỉ số 4 — bảo hiểm y tế: con sinh ngày <ngày sinh> (<tuổi> tuổi), có bảo hiểm y tế "<bảo hiểm>"
      Cho hộ gia đình ở khu vực thành thị có các thành viên:
        | quan hệ | ngày sinh   | bảo hiểm y tế |
        | chủ hộ  | 10/05/1980  | có            |
        | con     | <ngày sinh> | <bảo hiểm>    |
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì thành viên số 2 đủ <tuổi> tuổi tại ngày tham chiếu
      Và chỉ số "Bảo hiểm y tế" là "<chỉ số>"

      Dữ liệu:
        | ngày sinh  | tuổi | bảo hiểm | chỉ số          |
        | 01/06/2019 | 6    | không    | thiếu hụt       |
        | 02/06/2019 | 5    | không    | không thiếu hụt |
        | 01/06/2019 | 6    | có       | không thiếu hụt |
        | 01/06/2019 | 6    |          | chưa xác định   |
        | 02/06/2019 | 5    |          | không thiếu hụt |

    @indicator:adult_education
    Khung kịch bản: Chỉ số 5 — trình độ giáo dục: con <tuổi> tuổi, trình độ "<trình độ>", đang đi học "<đang đi học>"
      Cho hộ gia đình ở khu vực nông thôn có các thành viên:
        | quan hệ | ngày sinh   | trình độ   | đang đi học   |
        | chủ hộ  | 10/05/1975  | tiểu học   | không         |
        | con     | <ngày sinh> | <trình độ> | <đang đi học> |
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì thành viên số 2 đủ <tuổi> tuổi tại ngày tham chiếu
      Và chỉ số "Trình độ giáo dục của người lớn" là "<chỉ số>"

      Dữ liệu:
        | ngày sinh  | tuổi | trình độ        | đang đi học | chỉ số          |
        | 02/06/2009 | 15   | tiểu học        | không       | không thiếu hụt |
        | 01/06/2009 | 16   | tiểu học        | không       | thiếu hụt       |
        | 01/06/2009 | 16   | trung học cơ sở | không       | không thiếu hụt |
        | 01/06/2009 | 16   | tiểu học        | có          | không thiếu hụt |
        | 02/06/2007 | 17   | trung học cơ sở | không       | không thiếu hụt |
        | 01/06/2007 | 18   | trung học cơ sở | không       | thiếu hụt       |
        | 01/06/2007 | 18   | sơ cấp nghề     | không       | không thiếu hụt |
        | 01/06/2007 | 18   | trung học cơ sở | có          | không thiếu hụt |
        | 01/06/1995 | 30   | tiểu học        | không       | thiếu hụt       |
        | 01/06/1994 | 31   | tiểu học        | không       | không thiếu hụt |
        | 01/06/2007 | 18   |                 | không       | chưa xác định   |
        | 01/06/2007 | 18   | trung học cơ sở |             | chưa xác định   |

    @indicator:school_attendance
    Khung kịch bản: Chỉ số 6 — đi học: con sinh ngày <ngày sinh> (<tuổi> tuổi), "<đi học>"
      Cho hộ gia đình ở khu vực nông thôn có các thành viên:
        | quan hệ | ngày sinh   | tình trạng đi học |
        | chủ hộ  | 10/05/1980  |                   |
        | con     | <ngày sinh> | <đi học>          |
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì thành viên số 2 đủ <tuổi> tuổi tại ngày tham chiếu
      Và chỉ số "Tình trạng đi học của trẻ em" là "<chỉ số>"

      Dữ liệu:
        | ngày sinh  | tuổi | đi học       | chỉ số          |
        | 02/06/2022 | 2    | không đi học | không thiếu hụt |
        | 01/06/2022 | 3    | không đi học | thiếu hụt       |
        | 01/06/2022 | 3    | đúng cấp     | không thiếu hụt |
        | 02/06/2009 | 15   | chậm cấp     | thiếu hụt       |
        | 02/06/2009 | 15   | đúng cấp     | không thiếu hụt |
        | 01/06/2009 | 16   | không đi học | không thiếu hụt |
        | 02/06/2009 | 15   |              | chưa xác định   |

    @indicator:housing_quality
    Khung kịch bản: Chỉ số 7 — chất lượng nhà ở: tường "<tường>", cột "<cột>", mái "<mái>"
      Cho hộ gia đình ở khu vực thành thị có 3 thành viên
      Và nhà ở có tường "<tường>", cột "<cột>", mái "<mái>"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Chất lượng nhà ở" là "<chỉ số>"

      Dữ liệu:
        | tường          | cột            | mái            | chỉ số          |
        | bền chắc       | bền chắc       | bền chắc       | không thiếu hụt |
        | không bền chắc | bền chắc       | bền chắc       | không thiếu hụt |
        | không bền chắc | không bền chắc | bền chắc       | thiếu hụt       |
        | bền chắc       | không bền chắc | không bền chắc | thiếu hụt       |
        | không bền chắc | bền chắc       | không bền chắc | thiếu hụt       |
        | không bền chắc | không bền chắc | không bền chắc | thiếu hụt       |
        | không bền chắc |                | bền chắc       | chưa xác định   |
        | bền chắc       | bền chắc       |                | không thiếu hụt |
        | không bền chắc | không bền chắc |                | thiếu hụt       |

    @indicator:living_area
    Khung kịch bản: Chỉ số 8 — diện tích nhà ở <diện tích> m² cho <số người> người
      Cho hộ gia đình ở khu vực nông thôn có <số người> thành viên
      Và nhà ở có diện tích <diện tích> m² (bình quân <bình quân> m²/người)
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Diện tích nhà ở bình quân đầu người" là "<chỉ số>"

      Dữ liệu:
        | số người | diện tích | bình quân | chỉ số          |
        | 4        | 31,9      | 7,975     | thiếu hụt       |
        | 4        | 32        | 8         | không thiếu hụt |
        | 4        | 32,1      | 8,025     | không thiếu hụt |
        | 3        | 23,97     | 7,99      | thiếu hụt       |
        | 3        | 24        | 8         | không thiếu hụt |
        | 1        | 7,9       | 7,9       | thiếu hụt       |
        | 1        | 8         | 8         | không thiếu hụt |

    @indicator:living_area @indicator:housing_quality
    Khung kịch bản: Chỉ số 7 và 8 từ năm 2027 (Nghị định 351/2025, danh mục theo dự thảo): <diện tích> m² cho 4 người, tường và mái "<vật liệu>"
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và nhà ở có diện tích <diện tích> m² (bình quân <bình quân> m²/người)
      Và nhà ở có tường "<vật liệu>", cột "bền chắc", mái "<vật liệu>"
      Khi xét phân loại hộ tại ngày 01/06/2027
      Thì chỉ số "Diện tích nhà ở bình quân đầu người" là "<diện tích thiếu>"
      Và chỉ số "Chất lượng nhà ở" là "<nhà thiếu>"

      Dữ liệu:
        | diện tích | bình quân | vật liệu       | diện tích thiếu | nhà thiếu       |
        | 31,9      | 7,975     | không bền chắc | thiếu hụt       | thiếu hụt       |
        | 32        | 8         | bền chắc       | không thiếu hụt | không thiếu hụt |

    @indicator:living_area @indicator:housing_quality
    Kịch bản: Chỉ số 7 và 8 — không có thông tin nhà ở thì chưa xác định
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và nhà ở chưa rõ diện tích
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Diện tích nhà ở bình quân đầu người" là "chưa xác định"
      Và chỉ số "Chất lượng nhà ở" là "chưa xác định"

    @indicator:water
    Khung kịch bản: Chỉ số 9 — nguồn nước sinh hoạt "<nguồn nước>"
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và nguồn nước sinh hoạt là "<nguồn nước>"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Nguồn nước sinh hoạt" là "<chỉ số>"

      Dữ liệu:
        | nguồn nước                         | chỉ số          |
        | nước máy                           | không thiếu hụt |
        | giếng khoan                        | không thiếu hụt |
        | giếng đào được bảo vệ              | không thiếu hụt |
        | nước khe, mó được bảo vệ           | không thiếu hụt |
        | nước mưa                           | không thiếu hụt |
        | nước đóng chai                     | không thiếu hụt |
        | giếng đào không được bảo vệ        | thiếu hụt       |
        | nước khe, mó không được bảo vệ     | thiếu hụt       |
        | nước sông, suối, ao, hồ            | thiếu hụt       |
        | nguồn khác                         | thiếu hụt       |
        |                                    | chưa xác định   |

    @indicator:latrine
    Khung kịch bản: Chỉ số 10 — nhà tiêu "<nhà tiêu>"
      Cho hộ gia đình ở khu vực thành thị có 4 thành viên
      Và nhà tiêu là "<nhà tiêu>"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Nhà tiêu hợp vệ sinh" là "<chỉ số>"

      Dữ liệu:
        | nhà tiêu              | chỉ số          |
        | tự hoại               | không thiếu hụt |
        | bán tự hoại           | không thiếu hụt |
        | dội nước              | không thiếu hụt |
        | loại hợp vệ sinh khác | không thiếu hụt |
        | không hợp vệ sinh     | thiếu hụt       |
        | không có nhà tiêu     | thiếu hụt       |
        |                       | chưa xác định   |

    @indicator:internet
    Khung kịch bản: Chỉ số 11 — có thành viên sử dụng internet: "<internet>"
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và có thành viên sử dụng internet: "<internet>"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Sử dụng dịch vụ viễn thông (internet)" là "<chỉ số>"

      Dữ liệu:
        | internet | chỉ số          |
        | có       | không thiếu hụt |
        | không    | thiếu hụt       |
        |          | chưa xác định   |

    @indicator:information_assets
    Khung kịch bản: Chỉ số 12 — phương tiện thông tin "<phương tiện>", nghe được loa truyền thanh "<loa>"
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và phương tiện tiếp cận thông tin là "<phương tiện>"
      Và nghe được loa truyền thanh xã/thôn: "<loa>"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Phương tiện phục vụ tiếp cận thông tin" là "<chỉ số>"
      Và chỉ số "Phương tiện phục vụ tiếp cận thông tin" được tính vào số chỉ số thiếu hụt

      Dữ liệu:
        | phương tiện | loa   | chỉ số          |
        | ti vi       | không | không thiếu hụt |
        | đài         |       | không thiếu hụt |
        | máy tính    | không | không thiếu hụt |
        | ti vi, đài  | không | không thiếu hụt |
        | không có    | có    | không thiếu hụt |
        | không có    | không | thiếu hụt       |
        | không có    |       | chưa xác định   |
        |             | có    | không thiếu hụt |
        |             | không | chưa xác định   |

    @indicator:information_assets
    Kịch bản: Chỉ số 12 không còn được tính từ 01/01/2027
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và phương tiện tiếp cận thông tin là "không có"
      Và nghe được loa truyền thanh xã/thôn: "không"
      Khi xét phân loại hộ tại ngày 31/12/2026
      Thì chỉ số "Phương tiện phục vụ tiếp cận thông tin" được tính vào số chỉ số thiếu hụt
      Khi xét phân loại hộ tại ngày 01/01/2027
      Thì chỉ số "Phương tiện phục vụ tiếp cận thông tin" là "thiếu hụt"
      Nhưng chỉ số "Phương tiện phục vụ tiếp cận thông tin" không được tính vào số chỉ số thiếu hụt

  Quy tắc: Dữ liệu của hộ được ưu tiên hơn khai báo; khác nhau thì cảnh báo cần rà soát, nêu tên chỉ số

    @indicator:living_area
    Kịch bản: Diện tích cho thấy thiếu hụt nhưng hộ khai báo không thiếu hụt
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và nhà ở có diện tích 20 m² (bình quân 5 m²/người)
      Và hộ khai báo chỉ số "Diện tích nhà ở bình quân đầu người" là "không thiếu hụt"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì có cảnh báo "Cần rà soát chỉ số 8 'Diện tích nhà ở bình quân đầu người': dữ liệu thành viên cho thấy thiếu hụt nhưng khai báo là không thiếu hụt"
      Và chỉ số "Diện tích nhà ở bình quân đầu người" là "thiếu hụt"
      Và chỉ số "Diện tích nhà ở bình quân đầu người" được lấy theo dữ liệu của hộ

    @indicator:water
    Khung kịch bản: Nguồn nước "<nguồn nước>" nhưng hộ khai báo chỉ số nước sinh hoạt "<khai báo>"
      Cho hộ gia đình ở khu vực thành thị có 4 thành viên
      Và nguồn nước sinh hoạt là "<nguồn nước>"
      Và hộ khai báo chỉ số "Nguồn nước sinh hoạt" là "<khai báo>"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì có cảnh báo "Cần rà soát chỉ số 9 'Nguồn nước sinh hoạt': dữ liệu thành viên cho thấy <theo dữ liệu> nhưng khai báo là <khai báo>"
      Và chỉ số "Nguồn nước sinh hoạt" là "<theo dữ liệu>"
      Và chỉ số "Nguồn nước sinh hoạt" được lấy theo dữ liệu của hộ

      Dữ liệu:
        | nguồn nước              | khai báo        | theo dữ liệu    |
        | nước máy                | thiếu hụt       | không thiếu hụt |
        | nước sông, suối, ao, hồ | không thiếu hụt | thiếu hụt       |

    @indicator:water
    Khung kịch bản: Nguồn nước "<nguồn nước>" khớp với khai báo "<khai báo>" — không cảnh báo
      Cho hộ gia đình ở khu vực thành thị có 4 thành viên
      Và nguồn nước sinh hoạt là "<nguồn nước>"
      Và hộ khai báo chỉ số "Nguồn nước sinh hoạt" là "<khai báo>"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì không có cảnh báo về chỉ số "Nguồn nước sinh hoạt"
      Và chỉ số "Nguồn nước sinh hoạt" là "<khai báo>"

      Dữ liệu:
        | nguồn nước              | khai báo        |
        | nước máy                | không thiếu hụt |
        | nước sông, suối, ao, hồ | thiếu hụt       |

    @indicator:water
    Kịch bản: Không có dữ liệu nguồn nước thì dùng khai báo của hộ
      Cho hộ gia đình ở khu vực thành thị có 4 thành viên
      Và hộ khai báo chỉ số "Nguồn nước sinh hoạt" là "thiếu hụt"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Nguồn nước sinh hoạt" là "thiếu hụt"
      Và chỉ số "Nguồn nước sinh hoạt" được lấy theo khai báo
      Và không có cảnh báo về chỉ số "Nguồn nước sinh hoạt"

  Quy tắc: Số chỉ số thiếu hụt tính từ dữ liệu quyết định hộ nghèo hay cận nghèo (quy tắc "VÀ", D1)

    Bối cảnh:
      Cho hộ gia đình ở khu vực nông thôn có các thành viên:
        | quan hệ  | ngày sinh  | việc làm                | bảo hiểm y tế | trợ cấp xã hội hằng tháng | trình độ            | đang đi học | tình trạng đi học | dinh dưỡng  |
        | chủ hộ   | 10/05/1980 | tự làm                  | có            | không                     | trung học cơ sở     | không       |                   |             |
        | vợ/chồng | 20/08/1982 | làm công có hợp đồng    | có            | không                     | trung học phổ thông | không       |                   |             |
        | con      | 15/09/2012 | không tham gia lao động | có            | không                     | tiểu học            | có          | đúng cấp          | bình thường |
        | con      | 03/03/2016 | không tham gia lao động | có            | không                     | tiểu học            | có          | đúng cấp          | bình thường |
      Và nhà ở có tường "bền chắc", cột "bền chắc", mái "bền chắc"
      Và có thành viên sử dụng internet: "có"
      Và phương tiện tiếp cận thông tin là "ti vi"
      Và thu nhập bình quân 1.400.000 đồng/người/tháng

    @rule:poverty.nd07.poor @indicator:water @indicator:latrine @indicator:living_area
    Kịch bản: Ba chỉ số thiếu hụt tính từ dữ liệu — hộ nghèo
      Cho nhà ở có diện tích 20 m² (bình quân 5 m²/người)
      Và nguồn nước sinh hoạt là "nước sông, suối, ao, hồ"
      Và nhà tiêu là "không có nhà tiêu"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì các chỉ số của hộ là:
        | chỉ số                                 | kết quả         |
        | Việc làm                               | không thiếu hụt |
        | Người phụ thuộc trong hộ gia đình      | không thiếu hụt |
        | Dinh dưỡng                             | không thiếu hụt |
        | Bảo hiểm y tế                          | không thiếu hụt |
        | Trình độ giáo dục của người lớn        | không thiếu hụt |
        | Tình trạng đi học của trẻ em           | không thiếu hụt |
        | Chất lượng nhà ở                       | không thiếu hụt |
        | Diện tích nhà ở bình quân đầu người    | thiếu hụt       |
        | Nguồn nước sinh hoạt                   | thiếu hụt       |
        | Nhà tiêu hợp vệ sinh                   | thiếu hụt       |
        | Sử dụng dịch vụ viễn thông (internet)  | không thiếu hụt |
        | Phương tiện phục vụ tiếp cận thông tin | không thiếu hụt |
      Và số chỉ số thiếu hụt được tính là 3
      Và kết quả là "hộ nghèo"
      Và lý do nêu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản 3 chỉ số đạt ngưỡng số chỉ số thiếu hụt 3" và "khoản 2 Điều 3 Nghị định 07/2021/NĐ-CP"
      Và kết quả không dựa trên căn cứ chưa xác minh

    @rule:poverty.nd07.near_poor @indicator:water @indicator:living_area
    Kịch bản: Hai chỉ số thiếu hụt tính từ dữ liệu — hộ cận nghèo
      Cho nhà ở có diện tích 20 m² (bình quân 5 m²/người)
      Và nguồn nước sinh hoạt là "nước sông, suối, ao, hồ"
      Và nhà tiêu là "tự hoại"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Nguồn nước sinh hoạt" là "thiếu hụt"
      Và chỉ số "Diện tích nhà ở bình quân đầu người" là "thiếu hụt"
      Và số chỉ số thiếu hụt được tính là 2
      Và kết quả là "hộ cận nghèo"
      Và lý do nêu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản 2 chỉ số thấp hơn ngưỡng số chỉ số thiếu hụt 3"

    @rule:poverty.nd07.poor @indicator:internet
    Kịch bản: Chỉ số thứ ba là internet (căn cứ chưa xác minh) — hộ nghèo, ghi rõ căn cứ chưa xác minh (D9)
      Cho nhà ở có diện tích 20 m² (bình quân 5 m²/người)
      Và nguồn nước sinh hoạt là "nước sông, suối, ao, hồ"
      Và nhà tiêu là "tự hoại"
      Và có thành viên sử dụng internet: "không"
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Sử dụng dịch vụ viễn thông (internet)" là "thiếu hụt"
      Và số chỉ số thiếu hụt được tính là 3
      Và kết quả là "hộ nghèo"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm chỉ số "Sử dụng dịch vụ viễn thông (internet)"
      Và có cảnh báo "Kết quả dựa trên căn cứ chưa xác minh"

    @rule:poverty.nd07.poor @rule:poverty.nd07.near_poor @indicator:employment
    Kịch bản: Hai chỉ số thiếu hụt và một chỉ số chưa xác định — cần rà soát
      Cho nhà ở có diện tích 40 m² (bình quân 10 m²/người)
      Và nguồn nước sinh hoạt là "nước sông, suối, ao, hồ"
      Và nhà tiêu là "không có nhà tiêu"
      Và thành viên số 2 có "việc làm" là ""
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Việc làm" là "chưa xác định"
      Và số chỉ số thiếu hụt chưa xác định được
      Và kết quả là "cần rà soát"
      Và cần bổ sung dữ liệu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản"

    @rule:poverty.nd07.poor @indicator:employment
    Kịch bản: Đã đủ ba chỉ số thiếu hụt thì một chỉ số chưa xác định không làm thay đổi kết quả
      Cho nhà ở có diện tích 20 m² (bình quân 5 m²/người)
      Và nguồn nước sinh hoạt là "nước sông, suối, ao, hồ"
      Và nhà tiêu là "không có nhà tiêu"
      Và thành viên số 2 có "việc làm" là ""
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì chỉ số "Việc làm" là "chưa xác định"
      Và số chỉ số thiếu hụt được tính là 3
      Và kết quả là "hộ nghèo"
